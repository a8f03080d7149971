import ArgumentParser
import Foundation
import TejidoInterchange
import TejidoModel
import TejidoStore

/// The interchange formats.
enum InterchangeFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, hsds, csv
}

/// What to do with records that break rules.
enum OnError: String, ExpressibleByArgument, CaseIterable {
    case fail, skip
}

extension Tejido {
    /// Imports a file or folder into the database.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import organizations and what hangs off them from JSON Lines, HSDS 3 or CSV.",
            discussion: """
                Safe by default: every record is checked; any problem leaves the database exactly as it \
                was (--on-error fail). --dry-run checks everything and changes nothing. --on-error skip \
                imports the good records and writes the rejected ones, with their reasons, to --rejects. \
                Re-importing the same file changes nothing. JSON Lines is streamed in constant memory.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The format: jsonl, hsds or csv.")
        var format: InterchangeFormat

        @Argument(help: ArgumentHelp("The file (jsonl, hsds) or folder (hsds, csv) to import.", valueName: "path"))
        var path: String

        @Flag(help: "Check everything and report every problem, but write nothing.")
        var dryRun = false

        @Option(name: .customLong("on-error"), help: "fail: any problem writes nothing; skip: write the good records, report the rest.")
        var onError: OnError = .fail

        @Option(help: ArgumentHelp("Where --on-error skip writes rejected records (default: PATH.rejects.jsonl).", valueName: "file"))
        var rejects: String?

        @Option(help: "The longest JSON Lines record accepted, in bytes.")
        var maxLineBytes = JSONLinesReader.defaultMaxLineBytes

        func run() async throws {
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError("no such file or folder: '\(path)'") }
            let mode: BulkWriteMode = dryRun ? .dryRun : (onError == .skip ? .skipInvalid : .allOrNothing)
            let started = Date()
            let report: ImportReport
            switch format {
            case .jsonl:
                report = try await importJSONLines(mode: mode)
            case .hsds, .csv:
                let store = try database.open(create: true)
                let taxonomy = try await store.taxonomy(), areas = try await store.areaTree()
                let outcome = try readDocuments(taxonomy: taxonomy, areas: areas)
                report = try await ImportReport.write(outcome, into: store, mode: mode)
            }
            try finish(report, seconds: Date().timeIntervalSince(started))
        }

        /// Streams the file into the store. Into a database that does not exist yet, the store
        /// builds it beside its place and moves it in only when the import succeeded, which
        /// spares it a journal; into an existing one, it writes in one transaction.
        private func importJSONLines(mode: BulkWriteMode) async throws -> ImportReport {
            let url = URL(fileURLWithPath: path), limit = maxLineBytes
            let meter = ProgressMeter(totalBytes: (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0, quiet: database.json)
            let counter = LineCounter()
            let produce: @Sendable (any BulkSink) throws -> Void = { sink in
                var reader = try JSONLinesReader(url: url, maxLineBytes: limit)
                var records = 0
                // Records are decoded, checked on their own and encoded on the reading thread while
                // the store writes the ones before them.
                try reader.forEach(preparing: { result, line in result.map { PreparedRecord($0.entities, line: line) } }) { result, line, bytes in
                    records += 1
                    switch result {
                    case .success(let record): try sink.write(record)
                    case .failure(let problem): sink.reject(RecordProblem(line: line, issue: ValidationIssue(problem.field ?? "", problem.reason)))
                    }
                    if records % 4096 == 0 { meter.update(records: records, bytes: bytes) }
                }
                counter.records = records
            }
            let outcome: BulkWriteOutcome
            if SQLiteStore.canBulkLoad(newDatabaseAt: database.path) {
                outcome = try await SQLiteStore.bulkLoad(newDatabaseAt: database.path, mode: mode, produce)
            } else {
                outcome = try await database.open(create: true).bulkWrite(mode: mode, produce)
            }
            meter.finish()
            let file = url.lastPathComponent
            return ImportReport(
                records: counter.records, outcome: outcome,
                problems: outcome.problems.map { ImportProblem(file: file, line: $0.line, field: $0.issue.field.isEmpty ? nil : $0.issue.field, reason: $0.issue.message) },
                dropped: [], unmappedTerms: [:])
        }

        private func finish(_ report: ImportReport, seconds: Double) throws {
            var rejectsPath: String?
            if onError == .skip && !dryRun && !report.problems.isEmpty {
                let target = rejects ?? Self.defaultRejectsPath(for: path)
                try report.writeRejects(to: target, source: format == .jsonl ? path : nil)
                rejectsPath = target
            }
            if database.json {
                try printJSON(report.json(seconds: seconds, dryRun: dryRun, rejects: rejectsPath))
            } else {
                print(report.text(path: path, seconds: seconds, dryRun: dryRun, rejects: rejectsPath))
            }
            if !report.problems.isEmpty && onError == .fail {
                let shown = report.problems.prefix(20).map(\.description).joined(separator: "\n")
                let more = report.problems.count > 20 ? "\n… and \(report.problems.count - 20) more" : ""
                FileHandle.standardError.write(Data((shown + more + "\n").utf8))
                throw CLIError(dryRun ? "\(report.problems.count) problem(s) found; nothing was written (dry run)" : "\(report.problems.count) problem(s) found; nothing was written")
            }
        }
    }
}

extension Tejido.Import {
    /// Where rejects go without --rejects: beside the input, `PATH.rejects.jsonl`, with a folder's
    /// trailing slashes removed (and only those: an absolute path stays absolute).
    static func defaultRejectsPath(for path: String) -> String {
        var base = Substring(path)
        while base.count > 1, base.hasSuffix("/") { base = base.dropLast() }
        return base + ".rejects.jsonl"
    }
}

/// Counts records across the producer closure.
final class LineCounter: @unchecked Sendable {
    var records = 0
}
