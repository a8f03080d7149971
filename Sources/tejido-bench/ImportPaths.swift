import Foundation
import TejidoImport
import TejidoInterchange
import TejidoModel
import TejidoStore

/// What one pass over a JSON Lines file saw.
struct PassCounts: Codable, Sendable {
    var records = 0
    var organizations = 0
    var entities = 0
    var problems = 0
    var committed = false
}

/// The two ways of reading a JSON Lines file into the store that the import bench compares.
enum ImportPaths {
    /// The project's path: ``JSONLinesImport/run(_:maxLineBytes:into:mode:open:progress:)``, the
    /// very function `tejido import --format jsonl` calls, into a database that does not exist yet.
    static func project(_ url: URL, into databasePath: String) async throws -> PassCounts {
        let result = try await JSONLinesImport.run(url, into: databasePath, mode: .allOrNothing, open: { try SQLiteStore(path: databasePath) })
        var counts = PassCounts()
        counts.records = result.records
        counts.organizations = result.outcome.summary.inserted[.organization] ?? 0
        counts.entities = result.outcome.summary.changedCount
        counts.problems = result.outcome.problems.count
        counts.committed = result.outcome.committed
        return counts
    }

    /// The baseline a person would write: Foundation's `JSONDecoder` on each line, on one thread,
    /// feeding the same store path (``JSONLinesImport/write(into:mode:open:_:)``).
    static func foundation(_ url: URL, into databasePath: String) async throws -> PassCounts {
        let counter = PassCounter()
        let outcome = try await JSONLinesImport.write(into: databasePath, mode: .allOrNothing, open: { try SQLiteStore(path: databasePath) }) { sink in
            var counts = PassCounts()
            try FoundationJSONLinesReader(url: url).forEach { result, line in
                counts.records += 1
                switch result {
                case .success(let record):
                    if case .organization = record { counts.organizations += 1 }
                    try sink.write(record.entities, line: line)
                case .failure(let error): sink.reject(RecordProblem(line: line, issue: ValidationIssue("", "\(error)")))
                }
            }
            counter.counts = counts
        }
        var counts = counter.counts
        counts.entities = outcome.summary.changedCount
        counts.problems = outcome.problems.count
        counts.committed = outcome.committed
        return counts
    }

    /// Parsing only, the project's reader: every record built, nothing stored.
    static func parseProject(_ url: URL) throws -> PassCounts {
        var reader = try JSONLinesReader(url: url)
        var counts = PassCounts()
        try reader.forEach { result, _, _ in
            counts.records += 1
            switch result {
            case .success(let record): count(record, into: &counts)
            case .failure: counts.problems += 1
            }
        }
        return counts
    }

    /// Parsing only, Foundation's decoder.
    static func parseFoundation(_ url: URL) throws -> PassCounts {
        var counts = PassCounts()
        try FoundationJSONLinesReader(url: url).forEach { result, _ in
            counts.records += 1
            switch result {
            case .success(let record): count(record, into: &counts)
            case .failure: counts.problems += 1
            }
        }
        return counts
    }

    /// Counts a record's entities, so the values are used and both parsers do the same after-work.
    private static func count(_ record: JSONLinesRecord, into counts: inout PassCounts) {
        switch record {
        case .organization(_, let offerings, let needs):
            counts.organizations += 1
            counts.entities += 1 + offerings.count + needs.count
        default:
            counts.entities += 1
        }
    }
}

/// Carries counts out of the bulk write's producer closure.
final class PassCounter: @unchecked Sendable {
    var counts = PassCounts()
}
