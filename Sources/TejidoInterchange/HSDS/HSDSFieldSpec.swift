/// One field of an HSDS record type: its JSON type and whether Tejido reads it.
struct HSDSFieldSpec: Sendable {
    /// The JSON type the schema gives the field.
    enum Kind: Sendable, Equatable {
        case string
        case number
        /// A nested record.
        case object(HSDSRecordType)
        /// A list of nested records.
        case list(HSDSRecordType)
    }

    var kind: Kind
    /// Whether the importer maps the field to something in Tejido.
    var read: Bool

    init(_ kind: Kind, read: Bool) {
        self.kind = kind
        self.read = read
    }

    /// Whether `value` has the type the schema asks for (null is always allowed: it means absent).
    func accepts(_ value: HSDSJSON) -> Bool {
        switch (kind, value) {
        case (_, .null), (.string, .string), (.number, .number), (.object, .object), (.list, .array): true
        default: false
        }
    }

    /// The type the schema asks for, in words.
    var expected: String {
        switch kind {
        case .string: "a string"
        case .number: "a number"
        case .object(let type): "an object (\(type.rawValue))"
        case .list(let type): "a list of \(type.rawValue) objects"
        }
    }
}
