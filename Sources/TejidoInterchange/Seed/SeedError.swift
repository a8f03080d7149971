/// Why a seed directory could not be loaded: every problem found, each naming the file, the
/// record and the field, so one run shows everything to fix. Nothing is written when this is thrown.
public struct SeedError: Error, Sendable, CustomStringConvertible {
    /// One problem in one seed file.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var record: String
        public var field: String
        public var message: String

        public init(file: String, record: String, field: String, message: String) {
            self.file = file
            self.record = record
            self.field = field
            self.message = message
        }

        public var description: String {
            [file, record, field].filter { !$0.isEmpty }.joined(separator: ": ") + ": " + message
        }
    }

    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    public var description: String {
        guard let first = problems.first else { return "the seed is invalid" }
        return problems.count == 1 ? first.description : "\(first.description) (and \(problems.count - 1) more problem\(problems.count == 2 ? "" : "s"))"
    }
}
