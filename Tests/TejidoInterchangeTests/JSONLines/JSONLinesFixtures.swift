import Foundation
import TejidoInterchange
import TejidoModel

/// Shared helpers for the JSON Lines tests: the real seed, temporary files, and reading a file back.
enum JSONLinesFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func seed() throws -> DirectoryDataset { try SeedLoader(directory: repository.appendingPathComponent("seed")).load() }

    static func temporaryFile(_ name: String = "records.jsonl") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }

    /// Encodes records to bytes.
    static func bytes(_ records: [JSONLinesRecord]) throws -> [UInt8] {
        let encoder = JSONLinesEncoder()
        return try records.flatMap { try encoder.encode($0) }
    }

    /// Reads a file back: the dataset of every record read, and every problem.
    static func read(_ url: URL, maxLineBytes: Int = JSONLinesReader.defaultMaxLineBytes) throws -> (DirectoryDataset, [ImportProblem]) {
        var reader = try JSONLinesReader(url: url, maxLineBytes: maxLineBytes)
        var dataset = DirectoryDataset()
        var problems: [ImportProblem] = []
        try reader.forEach { result, _, _ in
            switch result {
            case .success(let record): for entity in record.entities { dataset.append(entity) }
            case .failure(let problem): problems.append(problem)
            }
        }
        return (dataset, problems)
    }

    /// A small generated directory, as bytes.
    static func generated(organizations: Int, seed: UInt64) throws -> [UInt8] {
        var output: [UInt8] = []
        let encoder = JSONLinesEncoder()
        try DirectoryGenerator(organizations: organizations, seed: seed, taxonomy: Taxonomy(try Self.seed().services)).generate { output += try encoder.encode($0) }
        return output
    }
}
