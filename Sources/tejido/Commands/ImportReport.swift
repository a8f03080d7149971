import Foundation
import TejidoInterchange
import TejidoModel
import TejidoStore

/// What an import did, for people and for `--json`.
struct ImportReport {
    let records: Int
    let outcome: BulkWriteOutcome
    let problems: [ImportProblem]
    let dropped: [ImportProblem]
    let unmappedTerms: [String: Int]

    /// Writes a document-based import (HSDS, CSV): organizations with their offerings and needs as
    /// one record each, then the rest; problems found while reading count like problems found
    /// while writing.
    static func write(_ source: ImportOutcome, into store: some Store, mode: BulkWriteMode) async throws -> ImportReport {
        var records: [[Entity]] = []
        var labels: [String] = []
        let dataset = source.dataset
        for service in dataset.services { records.append([.service(service)]); labels.append("service \(service.code)") }
        for area in AreaTree(dataset.areas).areasParentsFirst { records.append([.area(area)]); labels.append("area \(area.id)") }
        var offerings: [OrganizationID: [Entity]] = [:]
        for offering in dataset.offerings { offerings[offering.organization, default: []].append(.offering(offering)) }
        for need in dataset.needs { offerings[need.organization, default: []].append(.need(need)) }
        for organization in dataset.organizations {
            records.append([.organization(organization)] + (offerings[organization.id] ?? []))
            labels.append("organization \(organization.slug)")
        }
        for relationship in dataset.relationships { records.append([.relationship(relationship)]); labels.append("relationship \(relationship.id)") }
        for referral in dataset.referrals { records.append([.referral(referral)]); labels.append("referral \(referral.id)") }
        for report in dataset.activityReports { records.append([.activityReport(report)]); labels.append("activity report \(report.id)") }
        let rejectedWhileReading = source.rejected
        let batch = records
        let outcome = try await store.bulkWrite(mode: mode) { sink in
            for (index, record) in batch.enumerated() { try sink.write(record, line: index + 1) }
            for (index, problem) in rejectedWhileReading.enumerated() { sink.reject(RecordProblem(line: -(index + 1), issue: ValidationIssue(problem.field ?? "", problem.reason))) }
        }
        let problems = outcome.problems.map { problem -> ImportProblem in
            if problem.line < 0 { return rejectedWhileReading[-problem.line - 1] }
            return ImportProblem(file: "", record: labels[problem.line - 1], field: problem.issue.field.isEmpty ? nil : problem.issue.field, reason: problem.issue.message)
        }
        return ImportReport(records: source.recordsRead, outcome: outcome, problems: problems, dropped: source.dropped, unmappedTerms: source.unmappedTerms)
    }

    func text(path: String, seconds: Double, dryRun: Bool, rejects: String?) -> String {
        let rate = seconds > 0 ? Int(Double(records) / seconds) : 0
        var lines: [String] = []
        let summary = outcome.summary
        if dryRun {
            lines.append("Dry run of \(path): \(ProgressMeter.grouped(records)) records checked in \(String(format: "%.1f", seconds)) s, \(problems.count) problem(s); nothing was written.")
        } else if outcome.committed {
            lines.append("Imported \(path): \(ProgressMeter.grouped(records)) records in \(String(format: "%.1f", seconds)) s (\(ProgressMeter.grouped(rate)) records/s).")
            lines.append(summary.isNoOp ? "Nothing changed: every record was already stored." : "Inserted \(summary.describe(\.inserted)); updated \(summary.describe(\.updated)).")
        } else {
            lines.append("Import of \(path) rejected: \(problems.count) problem(s) in \(ProgressMeter.grouped(records)) records; nothing was written.")
        }
        if let rejects { lines.append("\(problems.count) rejected record(s) written to \(rejects).") }
        if !dropped.isEmpty {
            lines.append("\(dropped.count) value(s) dropped (each with file, record, field and reason under \"dropped\" in --json); first: \(dropped[0])")
        }
        if !unmappedTerms.isEmpty {
            lines.append("Unmapped taxonomy terms (kept as imported.* services): " + unmappedTerms.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    struct JSONForm: Encodable {
        let records: Int
        let committed: Bool
        let dryRun: Bool
        let seconds: Double
        let recordsPerSecond: Int
        let inserted: [String: Int]
        let updated: [String: Int]
        let unchanged: [String: Int]
        let problems: [ImportProblem]
        let dropped: [ImportProblem]
        let unmappedTerms: [String: Int]
        let rejects: String?
        enum CodingKeys: String, CodingKey {
            case records, committed, dryRun = "dry_run", seconds, recordsPerSecond = "records_per_second", inserted, updated, unchanged, problems, dropped
            case unmappedTerms = "unmapped_terms", rejects
        }
    }

    func json(seconds: Double, dryRun: Bool, rejects: String?) -> JSONForm {
        func names(_ counts: [EntityKind: Int]) -> [String: Int] { Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }) }
        return JSONForm(
            records: records, committed: outcome.committed, dryRun: dryRun, seconds: (seconds * 1000).rounded() / 1000,
            recordsPerSecond: seconds > 0 ? Int(Double(records) / seconds) : 0, inserted: names(outcome.summary.inserted), updated: names(outcome.summary.updated),
            unchanged: names(outcome.summary.unchanged), problems: problems, dropped: dropped, unmappedTerms: unmappedTerms, rejects: rejects)
    }

    /// Writes one JSON line per rejected record: where it was, why, and (for JSON Lines) the line itself.
    func writeRejects(to path: String, source: String?) throws {
        /// A rejected record: problems are grouped by file and line, so two files' line 2 stay apart.
        struct Place: Hashable, Comparable {
            let file: String
            let line: Int
            static func < (a: Place, b: Place) -> Bool { (a.file, a.line) < (b.file, b.line) }
        }
        var byPlace: [Place: [ImportProblem]] = [:]
        for problem in problems { byPlace[Place(file: problem.file, line: problem.line ?? 0), default: []].append(problem) }
        let sourceName = source.map { URL(fileURLWithPath: $0).lastPathComponent }
        let wanted = Set(byPlace.keys.filter { $0.file == sourceName }.map(\.line))
        // The lines themselves are a courtesy: a source that cannot be read again leaves them out.
        let originals = source.flatMap { try? SourceLines.read(wanted, from: $0) } ?? [:]
        struct Reject: Encodable {
            let file: String
            let line: Int?
            let record: String?
            let problems: [Problem]
            let original: String?
            struct Problem: Encodable {
                let field: String?
                let reason: String
            }
        }
        var output = Data()
        let encoder = TejidoJSON.encoder()
        for (place, list) in byPlace.sorted(by: { $0.key < $1.key }) {
            let original = place.file == sourceName ? originals[place.line] : nil
            let reject = Reject(
                file: list[0].file, line: list[0].line, record: list[0].record, problems: list.map { Reject.Problem(field: $0.field, reason: $0.reason) },
                original: original.map { $0.count > 100_000 ? String($0.prefix(100_000)) + "…" : $0 })
            output.append(try encoder.encode(reject))
            output.append(0x0A)
        }
        guard FileManager.default.createFile(atPath: path, contents: output) else { throw CLIError("cannot write the rejects to '\(path)'") }
    }
}
