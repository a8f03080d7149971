import ArgumentParser
import Foundation

/// The three benchmarks' figures and one summary.
struct AllFigures: Codable, Sendable {
    var context: RunContext
    var importFigures: ImportFigures
    var hsds: HSDSExportFigures
    var match: MatchFigures
    var summary: [SummaryRow]

    struct SummaryRow: Codable, Sendable {
        var figure: String
        var value: String
        var target: String
    }

    enum CodingKeys: String, CodingKey {
        case context, importFigures = "import", hsds = "hsds_export", match, summary
    }

    init(context: RunContext, importFigures: ImportFigures, hsds: HSDSExportFigures, match: MatchFigures) {
        self.context = context
        self.importFigures = importFigures
        self.hsds = hsds
        self.match = match
        var rows: [SummaryRow] = []
        func add(_ figure: String, _ value: String, _ target: Target?) { rows.append(SummaryRow(figure: figure, value: value, target: target?.cell ?? "—")) }
        let project = importFigures.phase(.importProject)
        add("import, jansson path (p50)", project.map { Format.seconds($0.seconds.p50) } ?? "—", importFigures.targets["import_seconds"])
        add("import speed-up over Foundation", Format.ratio(importFigures.importSpeedup), importFigures.targets["import_speedup"])
        add("parse speed-up over Foundation", Format.ratio(importFigures.parseSpeedup), nil)
        add("import peak RSS (child process)", project.map { Format.mib($0.peakRSS) } ?? "—", importFigures.targets["import_peak"])
        add("HSDS export (p50)", Format.seconds(hsds.hsds.seconds.p50), hsds.targets["hsds_seconds"])
        add("HSDS / JSON Lines export time", Format.ratio(hsds.hsdsOverJSONLines), nil)
        add("snapshot build (p50)", Format.seconds(match.snapshotBuild.p50), match.targets["build"])
        add("hot bytes per organization", match.hotBytesPerOrganization.map(Format.bytes) ?? "n/a", match.targets["bytes_per_org"])
        add("snapshot RSS per organization", Format.bytes(match.rssGrowthPerOrganization), nil)
        add("referral p50", Format.ms(match.referral.p50), match.targets["referral_p50"])
        add("referral p99", Format.ms(match.referral.p99), match.targets["referral_p99"])
        add("partners p50", Format.ms(match.partners.p50), nil)
        add("partners p99", Format.ms(match.partners.p99), match.targets["partners_p99"])
        add("SQL referral p50 / p99", "\(Format.ms(match.sql.p50)) / \(Format.ms(match.sql.p99))", nil)
        add("SQL / matcher (p50)", Format.ratio(match.sqlOverMatcherP50), match.targets["sql_ratio"])
        summary = rows
    }

    var table: String {
        var table = TextTable("FIGURE", "VALUE", "TARGET")
        for row in summary { table.add(row.figure, row.value, row.target) }
        return """
            \(importFigures.table)

            \(hsds.table)

            \(match.table)

            Summary: \(Format.grouped(match.workload.organizations)) organizations
            \(context.line)

            \(table.rendered)
            """
    }
}

extension TejidoBench {
    /// The three benchmarks on one generated file, then one summary table.
    struct All: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the import, hsds-export and match benchmarks on one generated directory and print a summary.")

        @OptionGroup var workload: WorkloadOptions

        @Option(help: "Runs of each import and export phase.")
        var runs = 3

        @OptionGroup var match: MatchOptions

        @Flag(name: .customLong("no-baseline"), help: "Skip the Foundation import phases.")
        var noBaseline = false

        func run() async throws {
            let workspace = try workload.workspace()
            defer { workspace.cleanup() }
            let file = try Workload.jsonl(workload, in: workspace)
            var shared = workload
            shared.file = file.path
            shared.workDir = nil
            shared.keep = false
            var importFigures = try await Import.measure(shared, runs: runs, baseline: !noBaseline)
            let hsds = try await HSDSExport.measure(shared, runs: runs)
            var match = try await Match.measure(shared, self.match)
            // The file was generated once, here: report its generation time everywhere.
            importFigures.workload = file
            match.workload = file
            let figures = AllFigures(context: .current(), importFigures: importFigures, hsds: hsds, match: match)
            if workload.json { try printJSON(figures) } else { print(figures.table) }
        }
    }
}
