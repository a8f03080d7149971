import TejidoModel

/// Something wrong with one record of an import, located so a person can find it: the file, the
/// line (text formats) or record index (JSON documents), the field, and the reason.
public struct ImportProblem: Error, Hashable, Sendable, CustomStringConvertible, Codable {
    /// The file, relative to what was imported (`organizations.csv`, `organization_list.json`).
    public var file: String
    /// 1-based line number, for line-oriented files (CSV, JSON Lines).
    public var line: Int?
    /// The record's place in its document (`[3]`, `organizations[2].services[0]`), for JSON documents.
    public var record: String?
    /// The field, as the file names it.
    public var field: String?
    public var reason: String

    public init(file: String, line: Int? = nil, record: String? = nil, field: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.record = record
        self.field = field
        self.reason = reason
    }

    /// `organizations.csv:12: email: 'x' is not an email address`
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let record { location += " \(record)" }
        return location + ": " + (field.map { $0 + ": " } ?? "") + reason
    }
}

/// What reading an import produced: the records that can be written, the records rejected (each
/// with its problem), and notes on what was accepted but dropped or left unmapped.
public struct ImportOutcome: Sendable {
    /// The records read, ready to write.
    public var dataset: DirectoryDataset
    /// Records that could not be read; none of them is in `dataset`.
    public var rejected: [ImportProblem]
    /// Fields accepted by the format but with no place in Tejido, or values Tejido had to drop,
    /// per record (`extra field 'x' ignored`, `empty string treated as missing`).
    public var dropped: [ImportProblem]
    /// Taxonomy terms from the source with no Tejido code, and how many records used each; they
    /// are kept as free terms.
    public var unmappedTerms: [String: Int]
    /// How many records the source held in all.
    public var recordsRead: Int

    public init(dataset: DirectoryDataset = DirectoryDataset(), rejected: [ImportProblem] = [], dropped: [ImportProblem] = [], unmappedTerms: [String: Int] = [:], recordsRead: Int = 0) {
        self.dataset = dataset
        self.rejected = rejected
        self.dropped = dropped
        self.unmappedTerms = unmappedTerms
        self.recordsRead = recordsRead
    }
}
