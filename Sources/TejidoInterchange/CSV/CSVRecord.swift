/// One record (row) of a CSV file as ``CSVReader`` read it: its cells, and the physical lines they
/// start on, so a problem can point at the line a person sees in a text editor even when an earlier
/// cell spans several lines.
public struct CSVRecord: Hashable, Sendable {
    /// Something wrong with the record's syntax (a quoted cell never closed, text after a closing
    /// quote). A record with an issue is not to be trusted: its cells may be cut or merged.
    public struct Issue: Hashable, Sendable, CustomStringConvertible {
        /// The 1-based physical line the issue is on (for an unclosed quote, the line it opened on).
        public var line: Int
        /// What is wrong and how to fix it.
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { "line \(line): \(message)" }
    }

    /// The 1-based physical line the record starts on.
    public var line: Int
    /// The cells, exactly as written once quoting is undone.
    public var fields: [String]
    /// For each cell, the 1-based physical line it starts on.
    public var fieldLines: [Int]
    /// The syntax issue, if the record has one.
    public var issue: Issue?

    public init(line: Int, fields: [String], fieldLines: [Int]? = nil, issue: Issue? = nil) {
        self.line = line
        self.fields = fields
        self.fieldLines = fieldLines ?? Array(repeating: line, count: fields.count)
        self.issue = issue
    }

    /// Whether every cell is empty (a spreadsheet's trailing `,,,,` rows).
    public var isBlank: Bool { fields.allSatisfy(\.isEmpty) }

    /// The line cell `index` starts on, or the record's line when there is no such cell.
    public func line(ofField index: Int) -> Int { index < fieldLines.count ? fieldLines[index] : line }
}
