/// A record being imported: its value, the row it was read from, the rows of other files that
/// complete it, what it refers to, and every problem found. A draft with a problem is rejected and
/// stays out of the dataset.
struct CSVDraft<Value: Sendable>: Sendable {
    var value: Value
    /// The record's own row.
    var row: CSVRow
    /// How records refer to it in other files: a slug, an area id, or a natural key such as
    /// `kola-nut-collaborative:finance.bookkeeping`.
    var key: String
    /// How problems found in other files name it: `organization 'kola-nut-collaborative'`.
    var label: String
    var problems: [ImportProblem]
    /// The rows that hold the items of the record's lists (`sources`, `alternate_names`,
    /// `contacts`, `locations`), by list name, in list order; a location may be the record's own row.
    var parts: [String: [CSVRow]] = [:]
    var references: [CSVReference] = []

    init(value: Value, row: CSVRow, key: String, label: String) {
        self.value = value
        self.row = row
        self.key = key
        self.label = label
        problems = row.problems
    }

    var isRejected: Bool { !problems.isEmpty }

    /// Adds a problem unless the same cell already has one (a rule the reader checked and the
    /// model checks again would otherwise be reported twice).
    mutating func add(_ problem: ImportProblem) {
        guard !problems.contains(where: { $0.file == problem.file && $0.line == problem.line && $0.field == problem.field }) else { return }
        problems.append(problem)
    }
}
