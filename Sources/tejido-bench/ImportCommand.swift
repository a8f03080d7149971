import ArgumentParser
import Foundation

/// The figures of one kind of phase over every run.
struct PhaseFigures: Codable, Sendable {
    var kind: PhaseKind
    var seconds: Distribution
    /// Organizations per second at the median time.
    var organizationsPerSecond: Double
    /// The highest `ru_maxrss` of the runs, in bytes (the child's whole process).
    var peakRSS: Int
    var records: Int
    var entitiesWritten: Int
    var problems: Int
    var committed: Bool

    init(kind: PhaseKind, results: [PhaseResult], organizations: Int) {
        self.kind = kind
        seconds = Distribution(nanoseconds: results.map(\.nanoseconds), unit: 1e9)
        organizationsPerSecond = Double(organizations) / seconds.p50
        peakRSS = results.map(\.peakRSS).max() ?? 0
        records = results.last?.counts.records ?? 0
        entitiesWritten = results.last?.counts.entities ?? 0
        problems = results.map(\.counts.problems).max() ?? 0
        committed = results.allSatisfy(\.counts.committed)
    }
}

/// Everything the import benchmark measured.
struct ImportFigures: Codable, Sendable {
    var context: RunContext
    var workload: WorkloadFile
    var runs: Int
    /// `ru_maxrss` of a child that does nothing: the floor under every phase's peak.
    var idleRSS: Int
    var phases: [PhaseFigures]
    /// Foundation's median time over the project's, parsing only.
    var parseSpeedup: Double
    /// Foundation's median time over the project's, parsing and writing the store.
    var importSpeedup: Double
    var targets: [String: Target]

    func phase(_ kind: PhaseKind) -> PhaseFigures? { phases.first { $0.kind == kind } }

    var table: String {
        var table = TextTable("PHASE", "RUNS", "P50", "P99", "ORGS/S", "PEAK RSS", "RECORDS", "PROBLEMS")
        let names: [PhaseKind: String] = [
            .parseProject: "parse: jansson reader (project)", .parseFoundation: "parse: Foundation JSONDecoder (baseline)",
            .importProject: "import: jansson → bulk sink (project)", .importFoundation: "import: JSONDecoder → bulk sink (baseline)",
        ]
        for phase in phases {
            table.add(
                names[phase.kind] ?? phase.kind.rawValue, "\(phase.seconds.count)", Format.seconds(phase.seconds.p50), Format.seconds(phase.seconds.p99),
                Format.rate(phase.organizationsPerSecond), Format.mib(phase.peakRSS), Format.grouped(phase.records),
                phase.problems == 0 ? "0" : "\(phase.problems)\(phase.committed ? "" : " (rolled back)")")
        }
        var summary = TextTable("FIGURE", "VALUE", "TARGET")
        summary.add("parse speed-up (Foundation / jansson)", Format.ratio(parseSpeedup), "—")
        summary.add("import speed-up (Foundation / jansson)", Format.ratio(importSpeedup), targets["import_speedup"]?.cell ?? "")
        if let project = phase(.importProject) {
            summary.add("import time, project path (p50)", Format.seconds(project.seconds.p50), targets["import_seconds"]?.cell ?? "")
            summary.add("import peak RSS, project path", Format.mib(project.peakRSS), targets["import_peak"]?.cell ?? "")
        }
        summary.add("idle child process RSS (floor)", Format.mib(idleRSS), "—")
        return """
            Import: \(Format.grouped(workload.organizations)) organizations, \(Format.grouped(workload.lines)) lines, \(Format.mib(workload.bytes)) (\(workload.path))
            \(context.line)
            Each phase runs in its own child process (peak RSS is that process's ru_maxrss); every import starts from a fresh database.

            \(table.rendered)

            \(summary.rendered)
            """
    }
}

extension TejidoBench {
    /// JSON Lines import: the project's jansson path against Foundation's JSONDecoder, same sink.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time importing a generated directory: the project's JSON Lines path against a Foundation JSONDecoder baseline.",
            discussion: """
                Generates --orgs organizations into a temporary JSON Lines file (or reads --file), then, --runs times \
                each, parses it with both readers and imports it into a fresh SQLite store through the same bulk sink \
                (all-or-nothing, as 'tejido import' does). Each phase runs in a child process so its peak memory is \
                its own.
                """)

        @OptionGroup var workload: WorkloadOptions

        @Option(help: "How many times to run each phase.")
        var runs = 3

        @Flag(name: .customLong("no-baseline"), help: "Skip the Foundation phases (no ratios): for quick runs at 1M.")
        var noBaseline = false

        func validate() throws {
            guard (1...100).contains(runs) else { throw ValidationError("--runs must be between 1 and 100") }
        }

        func run() async throws {
            let figures = try await Self.measure(workload, runs: runs, baseline: !noBaseline)
            if workload.json { try printJSON(figures) } else { print(figures.table) }
        }

        static func measure(_ options: WorkloadOptions, runs: Int, baseline: Bool) async throws -> ImportFigures {
            let workspace = try options.workspace()
            defer { workspace.cleanup() }
            let file = try Workload.jsonl(options, in: workspace)
            let idle = try ChildPhase.run(.idle, file: nil)
            var results: [PhaseKind: [PhaseResult]] = [:]
            let parseKinds: [PhaseKind] = baseline ? [.parseProject, .parseFoundation] : [.parseProject]
            let importKinds: [PhaseKind] = baseline ? [.importProject, .importFoundation] : [.importProject]
            for run in 0..<runs {
                // Alternate which path goes first, so neither always runs on a colder or warmer machine.
                for kind in run % 2 == 0 ? parseKinds : parseKinds.reversed() {
                    options.note("run \(run + 1)/\(runs): \(kind.rawValue)")
                    results[kind, default: []].append(try ChildPhase.run(kind, file: file.path))
                }
                for kind in run % 2 == 0 ? importKinds : importKinds.reversed() {
                    options.note("run \(run + 1)/\(runs): \(kind.rawValue)")
                    let db = workspace.path("import-\(kind.rawValue).sqlite")
                    Workspace.removeDatabase(db)
                    results[kind, default: []].append(try ChildPhase.run(kind, file: file.path, db: db))
                    Workspace.removeDatabase(db)
                }
            }
            let phases = (parseKinds + importKinds).map { PhaseFigures(kind: $0, results: results[$0] ?? [], organizations: file.organizations) }
            func median(_ kind: PhaseKind) -> Double { phases.first { $0.kind == kind }?.seconds.p50 ?? .nan }
            let parseSpeedup = median(.parseFoundation) / median(.parseProject)
            let importSpeedup = median(.importFoundation) / median(.importProject)
            let project = phases.first { $0.kind == .importProject }!
            let isMillion = file.organizations >= 1_000_000
            let projected = project.seconds.p50 * 1_000_000 / Double(file.organizations)
            return ImportFigures(
                context: .current(), workload: file, runs: runs, idleRSS: idle.peakRSS, phases: phases, parseSpeedup: parseSpeedup,
                importSpeedup: importSpeedup,
                targets: [
                    "import_speedup": .atLeast(importSpeedup, 3, "≥ 3× faster"),
                    "import_seconds": isMillion
                        ? .atMost(project.seconds.p50, 30, "1M in ≤ 30 s")
                        : .note(String(format: "1M in ≤ 30 s (linear projection: %.0f s)", projected)),
                    "import_peak": .atMost(Double(project.peakRSS), 500 * 1_048_576, "≤ 500 MiB at 1M", applies: isMillion),
                ])
        }
    }
}
