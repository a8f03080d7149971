import ArgumentParser
import Foundation
import TejidoInterchange
import TejidoModel

/// The options every benchmark shares: what to generate and where to work.
struct WorkloadOptions: ParsableArguments {
    @Option(help: "How many organizations to generate.")
    var orgs = 10_000

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Use this JSON Lines file instead of generating one.", valueName: "file"))
    var file: String?

    @Option(name: .customLong("taxonomy"), help: ArgumentHelp("The taxonomy the generator draws services from.", valueName: "file"))
    var taxonomyPath = "./seed/taxonomy.json"

    @Option(name: .customLong("work-dir"), help: ArgumentHelp("Where to put generated files and databases (default: a new temporary folder).", valueName: "dir"))
    var workDir: String?

    @Flag(help: "Keep the generated files and databases.")
    var keep = false

    @Flag(help: "Print machine-readable figures as JSON instead of tables.")
    var json = false

    func validate() throws {
        guard orgs > 0 && orgs <= 20_000_000 else { throw ValidationError("--orgs must be between 1 and 20,000,000, not \(orgs)") }
    }

    func taxonomy() throws -> Taxonomy {
        guard let data = FileManager.default.contents(atPath: taxonomyPath) else {
            throw BenchError("cannot read the taxonomy at '\(taxonomyPath)'; run from the package root or pass --taxonomy")
        }
        struct TaxonomyFile: Decodable { let services: [Service] }
        return Taxonomy(try TejidoJSON.decoder().decode(TaxonomyFile.self, from: data).services)
    }

    func workspace() throws -> Workspace {
        let url: URL
        if let workDir {
            url = URL(fileURLWithPath: workDir)
        } else {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-bench-\(UUID().uuidString.prefix(8))")
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return Workspace(url: url, keep: keep || workDir != nil)
    }

    /// Progress for people, on standard error (so `--json` output stays clean).
    func note(_ text: String) {
        FileHandle.standardError.write(Data(("· " + text + "\n").utf8))
    }
}

/// A folder for one benchmark's files, removed at the end unless kept.
struct Workspace {
    let url: URL
    let keep: Bool

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    func cleanup() {
        if !keep { try? FileManager.default.removeItem(at: url) }
    }

    /// Removes a SQLite database and its WAL files.
    static func removeDatabase(_ url: URL) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    }
}

/// A JSON Lines file to benchmark with.
struct WorkloadFile: Codable {
    var path: String
    var organizations: Int
    var lines: Int
    var bytes: Int
    /// Seconds to generate it (0 when given with --file).
    var generateSeconds: Double
}

enum Workload {
    /// The file named by --file, or a newly generated one in `workspace`.
    static func jsonl(_ options: WorkloadOptions, in workspace: Workspace) throws -> WorkloadFile {
        if let file = options.file {
            let url = URL(fileURLWithPath: file)
            var organizations = 0, lines = 0
            // Count organizations without decoding: every organization line has "type":"organization".
            let marker = Array("\"type\":\"organization\"".utf8)
            try LineSplitter(url: url).forEach { line in
                lines += 1
                if contains(line, marker) { organizations += 1 }
            }
            let bytes = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0
            return WorkloadFile(path: file, organizations: organizations, lines: lines, bytes: bytes, generateSeconds: 0)
        }
        let url = workspace.path("directory-\(options.orgs)-\(options.seed).jsonl")
        options.note("generating \(options.orgs) organizations (seed \(options.seed)) into \(url.path)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw BenchError("cannot write '\(url.path)'")
        }
        defer { try? handle.close() }
        let encoder = JSONLinesEncoder()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 22)
        var lines = 0, organizations = 0, bytes = 0
        let (_, nanoseconds) = try Clock.time {
            try DirectoryGenerator(organizations: options.orgs, seed: options.seed, taxonomy: try options.taxonomy()).generate { record in
                buffer += try encoder.encode(record)
                lines += 1
                if case .organization = record { organizations += 1 }
                if buffer.count >= 1 << 22 {
                    handle.write(Data(buffer))
                    bytes += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            handle.write(Data(buffer))
            bytes += buffer.count
        }
        return WorkloadFile(path: url.path, organizations: organizations, lines: lines, bytes: bytes, generateSeconds: Double(nanoseconds) / 1e9)
    }

    /// The generated directory as a dataset, in memory.
    static func dataset(_ options: WorkloadOptions) throws -> DirectoryDataset {
        var dataset = DirectoryDataset()
        if let file = options.file {
            var reader = try JSONLinesReader(url: URL(fileURLWithPath: file))
            try reader.forEach { result, line, _ in
                guard case .success(let record) = result else { throw BenchError("\(file): line \(line) is not a record") }
                for entity in record.entities { dataset.append(entity) }
            }
            return dataset
        }
        try DirectoryGenerator(organizations: options.orgs, seed: options.seed, taxonomy: try options.taxonomy()).generate { record in
            for entity in record.entities { dataset.append(entity) }
        }
        return dataset
    }

    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else { return false }
        var offset = 0
        while offset <= haystack.count - needle.count, let hit = memchr(base + offset, Int32(first), haystack.count - needle.count + 1 - offset) {
            offset = base.distance(to: UnsafeRawPointer(hit))
            if needle.withUnsafeBytes({ memcmp(base + offset, $0.baseAddress!, needle.count) }) == 0 { return true }
            offset += 1
        }
        return false
    }
}
