import ArgumentParser
import Foundation
import TejidoImport
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

        /// Streams the file into the store through the shared import path (``JSONLinesImport``).
        private func importJSONLines(mode: BulkWriteMode) async throws -> ImportReport {
            let url = URL(fileURLWithPath: path)
            let meter = ProgressMeter(totalBytes: (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0, quiet: database.json)
            let result = try await JSONLinesImport.run(
                url, maxLineBytes: maxLineBytes, into: database.path, mode: mode, open: { try database.open(create: true) },
                progress: { records, bytes in meter.update(records: records, bytes: bytes) })
            let outcome = result.outcome
            meter.finish()
            let file = url.lastPathComponent
            return ImportReport(
                records: result.records, outcome: outcome,
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
