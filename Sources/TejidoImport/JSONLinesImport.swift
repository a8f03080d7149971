import Foundation
import TejidoInterchange
import TejidoModel
import TejidoStore

/// Streams a Tejido JSON Lines file into a database: the one import path that `tejido import
/// --format jsonl` and the import benchmark share, so the benchmark measures what a person runs.
///
/// Records are parsed by jansson, decoded, checked on their own and encoded on two parsing threads
/// while the store writes the ones before them. A database that does not exist yet is built
/// beside its place without a journal and moved in only when the import succeeded; an existing
/// one is written in one transaction. Either way a failed import leaves nothing behind.
public enum JSONLinesImport {
    /// What an import read and what the store did with it.
    public struct Result: Sendable {
        /// Lines read that held a record or a problem (blank lines are not counted).
        public var records: Int
        public var outcome: BulkWriteOutcome
    }

    /// Imports `url` into the database at `databasePath`. `open` opens an existing database (the
    /// caller decides how to report a foreign or damaged file); `progress` is called every few
    /// thousand records with the records and bytes read so far.
    public static func run(
        _ url: URL, maxLineBytes: Int = JSONLinesReader.defaultMaxLineBytes, into databasePath: String, mode: BulkWriteMode,
        open: () throws -> SQLiteStore, progress: (@Sendable (_ records: Int, _ bytes: Int) -> Void)? = nil
    ) async throws -> Result {
        let counter = RecordCounter()
        let outcome = try await write(into: databasePath, mode: mode, open: open) { sink in
            var reader = try JSONLinesReader(url: url, maxLineBytes: maxLineBytes)
            var records = 0
            try reader.forEach(preparing: { result, line in result.map { PreparedRecord($0.entities, line: line) } }) { result, line, bytes in
                records += 1
                switch result {
                case .success(let record): try sink.write(record)
                case .failure(let problem): sink.reject(RecordProblem(line: line, issue: ValidationIssue(problem.field ?? "", problem.reason)))
                }
                if records % 4096 == 0 { progress?(records, bytes) }
            }
            counter.records = records
        }
        return Result(records: counter.records, outcome: outcome)
    }

    /// Runs `produce` against the database at `databasePath`: a new database is bulk-loaded
    /// beside its place and moved in on success, an existing one is opened with `open` and
    /// written in one transaction.
    public static func write(
        into databasePath: String, mode: BulkWriteMode, open: () throws -> SQLiteStore, _ produce: @escaping @Sendable (any BulkSink) throws -> Void
    ) async throws -> BulkWriteOutcome {
        if SQLiteStore.canBulkLoad(newDatabaseAt: databasePath) {
            return try await SQLiteStore.bulkLoad(newDatabaseAt: databasePath, mode: mode, produce)
        }
        return try await open().bulkWrite(mode: mode, produce)
    }
}

/// Carries the record count out of the producer closure, which runs on the store's thread.
private final class RecordCounter: @unchecked Sendable {
    var records = 0
}
