import TejidoModel

/// Where an HSDS record was read: the file (relative to what was imported), and its place in the
/// file, a record path for JSON (`contents[3].services[0]`) or a line for CSV.
struct HSDSOrigin: Hashable, Sendable {
    var file: String
    var record: String?
    var line: Int?

    /// The origin of a record nested under this one, in `field` at `index` (or alone when `nil`).
    func child(_ field: String, _ index: Int? = nil) -> HSDSOrigin {
        let step = field + (index.map { "[\($0)]" } ?? "")
        let path: String
        if let record { path = step.hasPrefix("[") ? record + step : record + "." + step } else { path = step }
        return HSDSOrigin(file: file, record: path, line: line)
    }

    /// The origin of the `index`-th element of a top-level list (`[3]`) or of a named list (`contents[3]`).
    func element(_ list: String?, _ index: Int) -> HSDSOrigin {
        HSDSOrigin(file: file, record: (list ?? "") + "[\(index)]", line: line)
    }

    /// A problem about this record.
    func problem(_ field: String?, _ reason: String) -> ImportProblem {
        ImportProblem(file: file, line: line, record: record, field: field, reason: reason)
    }

    /// Whether this record lies inside the record at `other` (or is it).
    func isWithin(_ other: HSDSOrigin) -> Bool {
        guard file == other.file else { return false }
        guard let outer = other.record else { return other.line == nil || other.line == line }
        guard let inner = record else { return false }
        return inner == outer || inner.hasPrefix(outer + ".") || inner.hasPrefix(outer + "[")
    }
}
