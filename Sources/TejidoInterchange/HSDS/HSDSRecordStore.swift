/// Every HSDS record read from an import, by type, in the order first read. Records that are
/// entities in their own right (organizations, services, locations, services at locations,
/// taxonomy terms and taxonomies) are merged by id across files: a later copy fills in fields the
/// first lacked. Every other row (a phone, a language, an attribute…) is kept per occurrence,
/// because the same row id may hang off several records.
struct HSDSRecordStore: Sendable {
    private var records: [HSDSRecordType: [HSDSRecord]] = [:]
    private var positions: [HSDSRecordType: [String: Int]] = [:]

    static let mergedTypes: Set<HSDSRecordType> = [.organization, .service, .location, .serviceAtLocation, .taxonomyTerm, .taxonomy]

    /// Adds a record, merging it into an earlier one with the same id when its type is merged.
    mutating func add(_ record: HSDSRecord) {
        if Self.mergedTypes.contains(record.type), record.hasID, let position = positions[record.type]?[record.key] {
            var existing = records[record.type]![position]
            for (name, value) in record.fields.pairs where existing.fields[name] == nil { existing.fields[name] = value }
            existing.standalone = existing.standalone || record.standalone
            records[record.type]![position] = existing
            return
        }
        positions[record.type, default: [:]][record.key] = records[record.type, default: []].count
        records[record.type, default: []].append(record)
    }

    /// The records of `type`, in the order first read.
    func all(_ type: HSDSRecordType) -> [HSDSRecord] { records[type] ?? [] }

    /// The (merged) record of `type` with `key`.
    func record(_ type: HSDSRecordType, _ key: String) -> HSDSRecord? {
        positions[type]?[key].map { records[type]![$0] }
    }
}
