import TejidoModel

/// What reading an import reported so far: rejected records, dropped values, empty strings (kept
/// apart, because records Tejido wrote use them to say "unknown" and are not reported), and how
/// many records were read.
struct HSDSReadLog: Sendable {
    var rejected: [ImportProblem] = []
    var dropped: [ImportProblem] = []
    /// Empty strings in fields Tejido reads, with the record each is in.
    var emptyStrings: [(origin: HSDSOrigin, problem: ImportProblem)] = []
    var recordsRead = 0

    mutating func reject(_ origin: HSDSOrigin, _ field: String?, _ reason: String) { rejected.append(origin.problem(field, reason)) }
    mutating func drop(_ origin: HSDSOrigin, _ field: String?, _ reason: String) { dropped.append(origin.problem(field, reason)) }
}
