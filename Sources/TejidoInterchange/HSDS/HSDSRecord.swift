/// One HSDS record as the importer keeps it after reading: its type, its key (the HSDS `id`, or a
/// key made up from where it was read when it has none), the plain fields that passed the checks,
/// with the links nesting implied filled in (a service nested in an organization gets its
/// `organization_id`), and where it was first read.
struct HSDSRecord: Sendable {
    var type: HSDSRecordType
    var key: String
    /// Whether the record had its own `id`.
    var hasID: Bool
    var fields: HSDSJSONObject
    var origin: HSDSOrigin
    /// Whether the record was read as a record of its own (a list element, a CSV row, a document)
    /// rather than shown nested inside another (a term inline in an attribute).
    var standalone: Bool

    /// A non-empty string field.
    func string(_ name: String) -> String? { fields.string(name) }

    /// A number field.
    func number(_ name: String) -> Double? { fields.number(name) }
}
