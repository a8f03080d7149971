/// A JSON object with its keys in file order. HSDS records have a few dozen keys at most, so a
/// lookup scans them.
struct HSDSJSONObject: Sendable {
    private(set) var keys: [String] = []
    private(set) var values: [HSDSJSON] = []

    init() {}

    init(_ pairs: [(String, HSDSJSON)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The value of `key`; setting `nil` removes it, setting an existing key replaces its value.
    subscript(key: String) -> HSDSJSON? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// The key-value pairs, in file order.
    var pairs: Zip2Sequence<[String], [HSDSJSON]> { zip(keys, values) }

    /// The value of `key` when it is a non-empty string.
    func string(_ key: String) -> String? {
        guard case .string(let value)? = self[key], !value.isEmpty else { return nil }
        return value
    }

    /// The value of `key` when it is a number.
    func number(_ key: String) -> Double? { self[key]?.numberValue }
}
