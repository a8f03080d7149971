/// A parsed JSON value, as the HSDS importer reads it: objects keep their keys in file order, so
/// problems are reported in the order a person reads the file.
indirect enum HSDSJSON: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([HSDSJSON])
    case object(HSDSJSONObject)

    /// The JSON type's name, for "has the wrong type" messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }

    var stringValue: String? { if case .string(let value) = self { value } else { nil } }
    var numberValue: Double? { if case .number(let value) = self { value } else { nil } }
    var objectValue: HSDSJSONObject? { if case .object(let value) = self { value } else { nil } }
    var arrayValue: [HSDSJSON]? { if case .array(let value) = self { value } else { nil } }
    var isNull: Bool { if case .null = self { true } else { false } }
}
