import ArgumentParser
import Foundation
import TejidoStore

/// One phase run in a child process, so its peak memory is its own.
enum PhaseKind: String, ExpressibleByArgument, Codable, CaseIterable, Sendable {
    /// Nothing: the footprint of the process itself, to read the others against.
    case idle
    case parseProject = "parse-project"
    case parseFoundation = "parse-foundation"
    case importProject = "import-project"
    case importFoundation = "import-foundation"
}

/// What a child phase reports on its standard output (one JSON object).
struct PhaseResult: Codable, Sendable {
    var kind: PhaseKind
    var nanoseconds: UInt64
    var counts: PassCounts
    /// The child's resident high-water mark (`VmHWM`) at the end of the phase, in bytes. Not
    /// `ru_maxrss`: Linux carries that across `exec` from the spawning process, so every child
    /// would report at least the parent's peak.
    var peakRSS: Int
    /// Resident set when the phase began, in bytes.
    var startRSS: Int

    var seconds: Double { Double(nanoseconds) / 1e9 }
}

extension TejidoBench {
    /// Runs one phase and prints its figures as JSON; used by the benchmarks through ``ChildPhase``.
    struct Phase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one measured phase in this process (used internally by the benchmarks).", shouldDisplay: false)

        @Option var kind: PhaseKind
        @Option var file: String?
        @Option var db: String?

        func run() async throws {
            let startRSS = Memory.currentRSS()
            let url = URL(fileURLWithPath: file ?? "/dev/null")
            /// Imports go into a database that does not exist yet, as a first `tejido import` does.
            func databasePath() throws -> String {
                guard let db else { throw BenchError("--db is required for \(kind.rawValue)") }
                return db
            }
            let counts: PassCounts
            let nanoseconds: UInt64
            switch kind {
            case .idle:
                (counts, nanoseconds) = (PassCounts(), 0)
            case .parseProject:
                (counts, nanoseconds) = try Clock.time { try ImportPaths.parseProject(url) }
            case .parseFoundation:
                (counts, nanoseconds) = try Clock.time { try ImportPaths.parseFoundation(url) }
            case .importProject:
                let path = try databasePath()
                (counts, nanoseconds) = try await Clock.time { try await ImportPaths.project(url, into: path) }
            case .importFoundation:
                let path = try databasePath()
                (counts, nanoseconds) = try await Clock.time { try await ImportPaths.foundation(url, into: path) }
            }
            let result = PhaseResult(kind: kind, nanoseconds: nanoseconds, counts: counts, peakRSS: Memory.highWaterMark(), startRSS: startRSS)
            let encoder = JSONEncoder()
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        }
    }
}

/// Runs a phase in a child process: this same executable, re-run with the hidden `phase` subcommand.
enum ChildPhase {
    /// `executable` is the bench binary to run (default: this one).
    static func run(_ kind: PhaseKind, file: String?, db: URL? = nil, executable: String? = nil) throws -> PhaseResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable ?? executablePath())
        process.arguments = ["phase", "--kind", kind.rawValue] + (file.map { ["--file", $0] } ?? []) + (db.map { ["--db", $0.path] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("the \(kind.rawValue) phase failed (exit status \(process.terminationStatus))") }
        guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last else { throw BenchError("the \(kind.rawValue) phase printed nothing") }
        return try JSONDecoder().decode(PhaseResult.self, from: Data(line.utf8))
    }

    /// This executable's path, resolved before anything changes directory.
    static func executablePath() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        guard let path = Bundle.main.executablePath else { throw BenchError("cannot find this executable to re-run it") }
        return path
    }
}
