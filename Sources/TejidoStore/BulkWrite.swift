import TejidoModel

/// How a bulk write treats records that break rules.
public enum BulkWriteMode: Sendable {
    /// Any problem rolls everything back: the store is exactly as before.
    case allOrNothing
    /// Good records are written; bad ones are reported and left out.
    case skipInvalid
    /// Everything is checked as if written, then rolled back: nothing changes.
    case dryRun
}

/// A problem with one source record of a bulk write, by its line (or record number) in the source.
public struct RecordProblem: Hashable, Sendable {
    public var line: Int
    public var issue: ValidationIssue
    public init(line: Int, issue: ValidationIssue) {
        self.line = line
        self.issue = issue
    }
}

/// Receives the records of a bulk write, one source record at a time.
public protocol BulkSink: AnyObject {
    /// Writes one source record (an organization with its offerings and needs, a relationship, …)
    /// if it keeps every rule; otherwise remembers why not.
    func write(_ record: PreparedRecord) throws
    /// Remembers a record the caller could not even read, so the mode decides what happens.
    func reject(_ problem: RecordProblem)
    /// How many records were written so far.
    var recordsWritten: Int { get }
}

extension BulkSink {
    /// Writes one source record given as entities (see ``write(_:)``); a reader
    /// that can prepare records on another thread passes a ``PreparedRecord`` instead.
    public func write(_ entities: [Entity], line: Int) throws {
        try write(PreparedRecord(entities, line: line))
    }
}

/// What a bulk write did.
public struct BulkWriteOutcome: Sendable {
    public var summary: WriteSummary
    public var problems: [RecordProblem]
    /// Whether the changes were kept.
    public var committed: Bool
    public init(summary: WriteSummary, problems: [RecordProblem], committed: Bool) {
        self.summary = summary
        self.problems = problems
        self.committed = committed
    }
}
