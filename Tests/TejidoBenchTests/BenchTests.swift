import Foundation
import Testing
import TejidoInterchange
import TejidoModel
import TejidoStore
@testable import tejido_bench

/// A small generated directory in a temporary file.
private enum Fixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func generatedFile(organizations: Int = 300, seed: UInt64 = 5) throws -> URL {
        let taxonomy = Taxonomy(try SeedLoader(directory: repository.appendingPathComponent("seed")).load().services)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-bench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("directory.jsonl")
        var bytes: [UInt8] = []
        let encoder = JSONLinesEncoder()
        try DirectoryGenerator(organizations: organizations, seed: seed, taxonomy: taxonomy).generate { bytes += try encoder.encode($0) }
        try Data(bytes).write(to: url)
        return url
    }
}

@Suite("The benchmark's baselines and figures")
struct BenchTests {
    @Test("the Foundation baseline decodes a generated file to exactly the records the project's reader gives")
    func foundationDecoderAgrees() throws {
        let url = try Fixture.generatedFile()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        var project: [JSONLinesRecord] = []
        var reader = try JSONLinesReader(url: url)
        try reader.forEach { result, _, _ in project.append(try result.get()) }
        var foundation: [JSONLinesRecord] = []
        try FoundationJSONLinesReader(url: url).forEach { result, _ in foundation.append(try result.get()) }
        #expect(project.count > 300)
        #expect(project.count == foundation.count)
        for (index, (a, b)) in zip(project, foundation).enumerated() where a != b {
            Issue.record("line \(index + 1) differs:\n\(a)\n\(b)")
            break
        }
        let kinds = Set(project.map { record -> String in
            switch record {
            case .organization: "organization"
            case .relationship: "relationship"
            case .referral: "referral"
            case .service: "service"
            case .area: "area"
            case .activityReport: "activity_report"
            }
        })
        #expect(kinds.isSuperset(of: ["organization", "relationship", "referral", "service", "area"]))
    }

    @Test("p50 and p99 come from the HDR histogram within its precision")
    func percentiles() {
        let samples = (1...1000).map { UInt64($0) * 1_000_000 }  // 1 ms … 1000 ms
        let distribution = Distribution(nanoseconds: samples, unit: 1e6)
        #expect(abs(distribution.p50 - 500) <= 0.5)
        #expect(abs(distribution.p99 - 990) <= 1)
        #expect(distribution.min == 1 && distribution.max == 1000 && distribution.count == 1000)
        #expect(Distribution(nanoseconds: [], unit: 1e6).p50.isNaN)
    }

    @Test("resident memory is read from /proc where there is one")
    func residentMemory() {
        guard FileManager.default.fileExists(atPath: "/proc/self/status") else { return }
        // The resident set first, the high-water mark after: other tests allocate meanwhile, and
        // only a mark read later is sure to be at least a resident set read earlier.
        let resident = Memory.currentRSS()
        let mark = Memory.highWaterMark()
        #expect(resident > 1_000_000)
        #expect(mark >= resident)
        #expect(Memory.peakRSS() > 1_000_000)
    }

    @Test("a child phase's peak memory is its own, not the spawning process's")
    func childPeakIsItsOwn() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/status") else { return }
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = (0..<4).map { level in
            (0..<level).reduce(bench) { url, _ in url.deletingLastPathComponent() }.appendingPathComponent("tejido-bench").path
        }
        let executable = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "the built tejido-bench next to the tests")
        // Make this process's peak far above what an idle child needs.
        let ballast = [UInt8](repeating: 1, count: 400 << 20)
        let idle = try ChildPhase.run(.idle, file: nil, executable: executable)
        #expect(ballast.count == 400 << 20)
        #expect(idle.peakRSS > 1 << 20)
        #expect(idle.peakRSS < 200 << 20, "an idle child reported \(idle.peakRSS >> 20) MiB")
    }

    @Test("ratios and counts print as people read them")
    func formatting() {
        #expect(Format.ratio(3.4567) == "3.46×")
        #expect(Format.ratio(57.25) == "57.2×")
        #expect(Format.ratio(.nan) == "—")
        #expect(Format.grouped(1_234_567) == "1,234,567")
        #expect(Format.ms(0.1234) == "0.123 ms")
        #expect(Target.atMost(0.2, 0.3, "p50 ≤ 0.3 ms").cell == "p50 ≤ 0.3 ms ✓")
        #expect(Target.atLeast(2, 3, "≥ 3×").cell == "≥ 3× MISSED")
    }

    @Test("the SQL baseline runs against the real schema and ranks providers")
    func sqlBaselineRuns() async throws {
        let url = try Fixture.generatedFile(organizations: 400)
        let folder = url.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("store.sqlite")
        let counts = try await ImportPaths.project(url, into: db.path)
        #expect(counts.committed && counts.problems == 0)
        let pairs = TejidoBench.Match.drawPairs(try TejidoBench.Match.openNeeds(db), count: 30, seed: 3)
        #expect(pairs.count == 30)
        let baseline = try SQLBaseline(source: db, copy: folder.appendingPathComponent("copy.sqlite"))
        var answered = 0
        try baseline.run(pairs.map { ($0.client.description, $0.need.rawValue) }, radiusKm: 50, limit: 20, weights: MatchSubject.referralWeights) { providers, _ in
            #expect(providers.count <= 20)
            if !providers.isEmpty { answered += 1 }
        }
        #expect(answered > 0)
    }
}
