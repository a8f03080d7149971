import ArgumentParser
import Foundation
import TejidoInterchange
import TejidoModel

/// The figures of one export path over every run.
struct ExportFigures: Codable, Sendable {
    var name: String
    var seconds: Distribution
    var organizationsPerSecond: Double
    var bytesWritten: Int
    var files: Int
    /// The largest in-process memory figures over the runs.
    var memory: MemoryDelta
}

/// Everything the HSDS export benchmark measured.
struct HSDSExportFigures: Codable, Sendable {
    var context: RunContext
    var organizations: Int
    var offerings: Int
    var loadSeconds: Double
    var runs: Int
    var hsds: ExportFigures
    var jsonLines: ExportFigures
    /// HSDS median time over JSON Lines median time: how much dearer the richer format is.
    var hsdsOverJSONLines: Double
    /// `ru_maxrss` of the whole process at the end, in bytes.
    var processPeakRSS: Int
    var targets: [String: Target]

    var table: String {
        var table = TextTable("EXPORT", "RUNS", "P50", "P99", "ORGS/S", "WRITTEN", "FILES", "PEAK GROWTH", "HELD AFTER")
        for figures in [hsds, jsonLines] {
            table.add(
                figures.name, "\(figures.seconds.count)", Format.seconds(figures.seconds.p50), Format.seconds(figures.seconds.p99),
                Format.rate(figures.organizationsPerSecond), Format.mib(figures.bytesWritten), "\(figures.files)",
                Format.mib(figures.memory.peakGrowth) + (figures.memory.peakIsPhaseOwn ? "" : "*"), Format.mib(figures.memory.growth))
        }
        var summary = TextTable("FIGURE", "VALUE", "TARGET")
        summary.add("HSDS export time (p50)", Format.seconds(hsds.seconds.p50), targets["hsds_seconds"]?.cell ?? "")
        summary.add("HSDS / JSON Lines time", Format.ratio(hsdsOverJSONLines), "— (baseline)")
        summary.add("process peak RSS (dataset included)", Format.mib(processPeakRSS), "—")
        let star = hsds.memory.peakIsPhaseOwn ? "" : "\n* the kernel refused to reset the high-water mark: peak growth is the process's peak so far."
        return """
            HSDS export: \(Format.grouped(organizations)) organizations, \(Format.grouped(offerings)) offerings (generated and loaded in \(Format.seconds(loadSeconds)))
            \(context.line)
            Both exports write the same in-memory dataset to files in the same run; memory is RSS growth in this process.

            \(table.rendered)

            \(summary.rendered)\(star)
            """
    }
}

extension TejidoBench {
    /// HSDS 3 export against the JSON Lines export of the same dataset.
    struct HSDSExport: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hsds-export",
            abstract: "Time HSDSExporter.export on a generated dataset, against the JSON Lines export of the same dataset.",
            discussion: """
                Generates --orgs organizations into a DirectoryDataset in memory, then, --runs times each, exports it as \
                HSDS 3 (includePrivate: false) and as JSON Lines (JSONLinesEncoder, as 'tejido export --format jsonl' \
                writes it) into a temporary folder.
                """)

        @OptionGroup var workload: WorkloadOptions

        @Option(help: "How many times to run each export.")
        var runs = 3

        func validate() throws {
            guard (1...100).contains(runs) else { throw ValidationError("--runs must be between 1 and 100") }
        }

        func run() async throws {
            let figures = try await Self.measure(workload, runs: runs)
            if workload.json { try printJSON(figures) } else { print(figures.table) }
        }

        static func measure(_ options: WorkloadOptions, runs: Int) async throws -> HSDSExportFigures {
            let workspace = try options.workspace()
            defer { workspace.cleanup() }
            options.note("generating \(options.orgs) organizations into a dataset")
            let (dataset, loadNanoseconds) = try Clock.time { try Workload.dataset(options) }
            let hsdsFolder = workspace.path("hsds"), jsonlFile = workspace.path("export.jsonl")
            var hsdsTimes: [UInt64] = [], jsonlTimes: [UInt64] = []
            var hsdsMemory: [MemoryDelta] = [], jsonlMemory: [MemoryDelta] = []
            var hsdsBytes = 0, hsdsFiles = 0, jsonlBytes = 0
            for run in 0..<runs {
                let order = run % 2 == 0 ? [true, false] : [false, true]
                for isHSDS in order {
                    if isHSDS {
                        options.note("run \(run + 1)/\(runs): HSDS export")
                        let ((summary, nanoseconds), memory) = try await MemoryDelta.measure {
                            try Clock.time { try HSDSExporter.export(dataset, to: hsdsFolder, includePrivate: false) }
                        }
                        hsdsTimes.append(nanoseconds)
                        hsdsMemory.append(memory)
                        hsdsBytes = summary.bytes
                        hsdsFiles = summary.filesWritten
                    } else {
                        options.note("run \(run + 1)/\(runs): JSON Lines export")
                        let ((bytes, nanoseconds), memory) = try await MemoryDelta.measure {
                            try Clock.time { try exportJSONLines(dataset, to: jsonlFile) }
                        }
                        jsonlTimes.append(nanoseconds)
                        jsonlMemory.append(memory)
                        jsonlBytes = bytes
                    }
                }
            }
            func worst(_ deltas: [MemoryDelta]) -> MemoryDelta { deltas.max { $0.peakGrowth < $1.peakGrowth }! }
            let organizations = dataset.organizations.count
            let hsds = ExportFigures(
                name: "HSDS 3 (HSDSExporter, project)", seconds: Distribution(nanoseconds: hsdsTimes, unit: 1e9), organizationsPerSecond: 0,
                bytesWritten: hsdsBytes, files: hsdsFiles, memory: worst(hsdsMemory))
            let jsonl = ExportFigures(
                name: "JSON Lines (JSONLinesEncoder, baseline)", seconds: Distribution(nanoseconds: jsonlTimes, unit: 1e9), organizationsPerSecond: 0,
                bytesWritten: jsonlBytes, files: 1, memory: worst(jsonlMemory))
            var figures = HSDSExportFigures(
                context: .current(), organizations: organizations, offerings: dataset.offerings.count, loadSeconds: Double(loadNanoseconds) / 1e9, runs: runs,
                hsds: hsds, jsonLines: jsonl, hsdsOverJSONLines: hsds.seconds.p50 / jsonl.seconds.p50, processPeakRSS: Memory.peakRSS(), targets: [:])
            figures.hsds.organizationsPerSecond = Double(organizations) / hsds.seconds.p50
            figures.jsonLines.organizationsPerSecond = Double(organizations) / jsonl.seconds.p50
            let atScale = organizations >= 100_000
            figures.targets["hsds_seconds"] = atScale
                ? .atMost(hsds.seconds.p50 * 100_000 / Double(organizations), 20, "100k in ≤ 20 s")
                : .note(String(format: "100k in ≤ 20 s (linear projection: %.1f s)", hsds.seconds.p50 * 100_000 / Double(organizations)))
            return figures
        }

        /// The JSON Lines export as `tejido export --format jsonl` writes it (Sources/tejido/Commands/Export.swift).
        static func exportJSONLines(_ dataset: DirectoryDataset, to url: URL) throws -> Int {
            guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
                throw BenchError("cannot write '\(url.path)'")
            }
            defer { try? handle.close() }
            let encoder = JSONLinesEncoder()
            var buffer: [UInt8] = []
            var written = 0
            for record in JSONLinesRecord.records(of: dataset) {
                buffer += try encoder.encode(record)
                if buffer.count >= 1 << 22 {
                    handle.write(Data(buffer))
                    written += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            handle.write(Data(buffer))
            return written + buffer.count
        }
    }
}
