import Foundation
import Testing
import TejidoDirectory
import TejidoInterchange
import TejidoModel
import TejidoStore

@Suite("Bulk imports of JSON Lines")
struct BulkImportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A generated directory written to a temporary file.
    static func generatedFile(organizations: Int = 300, seed: UInt64 = 11, transform: (inout [String]) -> Void = { _ in }) throws -> URL {
        let taxonomy = Taxonomy(try SeedLoader(directory: repository.appendingPathComponent("seed")).load().services)
        var lines: [String] = []
        let encoder = JSONLinesEncoder()
        try DirectoryGenerator(organizations: organizations, seed: seed, taxonomy: taxonomy).generate { record in
            lines.append(String(decoding: try encoder.encode(record).dropLast(), as: UTF8.self))
        }
        transform(&lines)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("directory.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Imports a file the way `tejido import` does.
    static func importFile(_ url: URL, into store: SQLiteStore, mode: BulkWriteMode) async throws -> BulkWriteOutcome {
        try await store.bulkWrite(mode: mode) { sink in
            var reader = try JSONLinesReader(url: url)
            try reader.forEach { result, line, _ in
                switch result {
                case .success(let record): try sink.write(record.entities, line: line)
                case .failure(let problem): sink.reject(RecordProblem(line: line, issue: ValidationIssue(problem.field ?? "", problem.reason)))
                }
            }
        }
    }

    @Test("the change log names every record a bulk write stored, once, in the order of the file, whether loaded new or written into a store")
    func changeLogOrder() async throws {
        let file = try Self.generatedFile(organizations: 150, seed: 17)
        var expected: [String] = []
        var reader = try JSONLinesReader(url: file)
        try reader.forEach { result, _, _ in expected += try result.get().entities.map { "\($0.kind.rawValue) \($0.id)" } }
        #expect(expected.count > 2 * 256)

        let store = try SQLiteStore.inMemory()
        let outcome = try await Self.importFile(file, into: store, mode: .allOrNothing)
        let (folder, path, loaded) = try await NewDatabaseLoadTests.load(file, mode: .allOrNothing)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (store, outcome) in [(store, outcome), (try SQLiteStore(path: path), loaded)] {
            let changes = try await store.changes(after: 0, limit: 1_000_000)
            #expect(changes.map { "\($0.kind.rawValue) \($0.id)" } == expected)
            #expect(changes.map(\.seq) == Array(1...Int64(expected.count)))
            #expect(changes.allSatisfy { $0.operation == .upsert })
            #expect(outcome.summary.lastSequence == Int64(expected.count))
        }
    }

    /// Index of the first line of the given type.
    static func firstLine(_ lines: [String], type: String) -> Int { lines.firstIndex { $0.contains("\"type\":\"\(type)\"") }! }

    @Test("a generated directory imports completely, and importing it again changes nothing")
    func importAndReimport() async throws {
        let file = try Self.generatedFile()
        let store = try SQLiteStore.inMemory()
        let first = try await Self.importFile(file, into: store, mode: .allOrNothing)
        #expect(first.committed)
        #expect(first.problems.isEmpty)
        #expect(first.summary.inserted[.organization] == 300)
        let stats = try await store.stats()
        #expect(stats.organizations == 300)
        #expect(stats.relationships == first.summary.inserted[.relationship])

        let changesBefore = try await store.changes(after: 0, limit: 1_000_000).count
        let second = try await Self.importFile(file, into: store, mode: .allOrNothing)
        #expect(second.summary.isNoOp)
        #expect(try await store.changes(after: 0, limit: 1_000_000).count == changesBefore)
    }

    @Test("imported records are searchable and a directory following the log sees them")
    func searchableAndFollowed() async throws {
        let store = try SQLiteStore.inMemory()
        let empty = Directory(try await store.dataset())
        _ = try await Self.importFile(try Self.generatedFile(), into: store, mode: .allOrNothing)
        let followed = empty.applying(try await store.changes(after: 0, limit: 1_000_000))
        let rebuilt = Directory(try await store.dataset())
        #expect(followed.count == 300 && rebuilt.count == 300)
        let query = SearchQuery(text: "cooperativa", limit: 500)
        #expect(Set(followed.search(query).items.map(\.id)) == Set(try await store.search(query).items.map(\.id)))
        #expect(try await store.search(query).total > 0)
    }

    @Test("one bad record rolls back everything and is reported with its line, field and a close match")
    func allOrNothing() async throws {
        var badLine = 0
        let file = try Self.generatedFile { lines in
            badLine = lines.lastIndex { $0.contains("\"offerings\":[") }! + 1
            lines[badLine - 1] = lines[badLine - 1].replacingOccurrences(of: "\"service\":\"", with: "\"service\":\"zz", options: [], range: nil)
        }
        let store = try SQLiteStore.inMemory()
        let outcome = try await Self.importFile(file, into: store, mode: .allOrNothing)
        #expect(!outcome.committed)
        #expect(try await store.stats().organizations == 0)
        #expect(try await store.changes(after: 0, limit: 10).isEmpty)
        let problem = try #require(outcome.problems.first)
        #expect(problem.line == badLine)
        #expect(problem.issue.field.hasPrefix("offerings[") && problem.issue.field.hasSuffix(".service"))
        #expect(problem.issue.message.contains("is not in the taxonomy"))
    }

    @Test("a failed import leaves an existing store exactly as it was")
    func failedImportLeavesStoreUnchanged() async throws {
        let store = try SQLiteStore.inMemory()
        _ = try await Self.importFile(try Self.generatedFile(organizations: 50, seed: 1), into: store, mode: .allOrNothing)
        let before = try await store.dataset()
        let lastChange = try await store.changes(after: 0, limit: 1_000_000).last?.seq
        let broken = try Self.generatedFile(organizations: 80, seed: 2) { lines in lines.append("{\"type\":\"organization\",") }
        let outcome = try await Self.importFile(broken, into: store, mode: .allOrNothing)
        #expect(!outcome.committed)
        #expect(try await store.dataset() == before)
        #expect(try await store.changes(after: 0, limit: 1_000_000).last?.seq == lastChange)
    }

    @Test("a duplicate organization id is reported with the line of its first appearance")
    func duplicateIDs() async throws {
        var first = 0, second = 0
        let file = try Self.generatedFile { lines in
            first = Self.firstLine(lines, type: "organization") + 1
            var copy = lines[first - 1]
            copy = copy.replacingOccurrences(of: "\"slug\":\"", with: "\"slug\":\"copy-")
            lines.insert(copy, at: first)
            second = first + 1
        }
        let outcome = try await Self.importFile(file, into: try SQLiteStore.inMemory(), mode: .allOrNothing)
        let problem = try #require(outcome.problems.first)
        #expect(problem.line == second)
        #expect(problem.issue.message.contains("appears twice in this import (first on line \(first))"))
    }

    @Test("an offering id used by two organizations is reported with both lines, not written over")
    func duplicateOfferingIDs() async throws {
        var first = 0, second = 0
        let file = try Self.generatedFile { lines in
            let withOfferings = lines.indices.filter { lines[$0].contains("\"offerings\":[{") }
            first = withOfferings[0] + 1
            second = withOfferings[1] + 1
            func offeringID(_ line: String) -> Range<String.Index> {
                let offerings = line.range(of: "\"offerings\":[")!
                let key = line.range(of: "\"id\":\"", range: offerings.upperBound..<line.endIndex)!
                return key.upperBound..<line.index(key.upperBound, offsetBy: 36)
            }
            let id = String(lines[first - 1][offeringID(lines[first - 1])])
            lines[second - 1].replaceSubrange(offeringID(lines[second - 1]), with: id)
        }
        let store = try SQLiteStore.inMemory()
        let outcome = try await Self.importFile(file, into: store, mode: .allOrNothing)
        #expect(!outcome.committed)
        let problem = try #require(outcome.problems.first)
        #expect(problem.line == second)
        #expect(problem.issue.field == "offerings[0].id")
        #expect(problem.issue.message.contains("appears twice in this import (first on line \(first))"))
    }

    @Test("skip mode writes the good records and reports the bad ones; dry runs write nothing")
    func skipAndDryRun() async throws {
        var bad = 0
        let file = try Self.generatedFile { lines in
            bad = Self.firstLine(lines, type: "relationship") + 1
            lines[bad - 1] = lines[bad - 1].replacingOccurrences(of: "\"kind\":\"", with: "\"kind\":\"x")
        }
        let dry = try SQLiteStore.inMemory()
        let checked = try await Self.importFile(file, into: dry, mode: .dryRun)
        #expect(!checked.committed)
        #expect(checked.problems.map(\.line) == [bad])
        #expect(try await dry.stats().organizations == 0)

        let store = try SQLiteStore.inMemory()
        let outcome = try await Self.importFile(file, into: store, mode: .skipInvalid)
        #expect(outcome.committed)
        #expect(outcome.problems.map(\.line) == [bad])
        #expect(try await store.stats().organizations == 300)
    }

    @Test("a relationship to an organization that is neither stored nor earlier in the file is refused")
    func danglingReference() async throws {
        let file = try Self.generatedFile { lines in
            let index = Self.firstLine(lines, type: "relationship")
            let line = lines[index]
            let range = line.range(of: "\"to\":\"")!
            lines[index] = line.replacingCharacters(in: range.upperBound..<line.index(range.upperBound, offsetBy: 36), with: "00000000-0000-4000-8000-000000000000")
        }
        let outcome = try await Self.importFile(file, into: try SQLiteStore.inMemory(), mode: .allOrNothing)
        #expect(outcome.problems.first?.issue.field == "to")
        #expect(outcome.problems.first?.issue.message.contains("no organization") == true)
    }
}

@Suite("Bulk loads into a new database file")
struct NewDatabaseLoadTests {
    /// Loads `file` into a new database in a fresh folder the way `tejido import` does.
    static func load(_ file: URL, mode: BulkWriteMode) async throws -> (folder: URL, path: String, outcome: BulkWriteOutcome) {
        let folder = try StoreFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("tejido.sqlite").path
        #expect(SQLiteStore.canBulkLoad(newDatabaseAt: path))
        let outcome = try await SQLiteStore.bulkLoad(newDatabaseAt: path, mode: mode) { sink in
            var reader = try JSONLinesReader(url: file)
            try reader.forEach(preparing: { result, line in result.map { PreparedRecord($0.entities, line: line) } }) { result, line, _ in
                switch result {
                case .success(let record): try sink.write(record)
                case .failure(let problem): sink.reject(RecordProblem(line: line, issue: ValidationIssue(problem.field ?? "", problem.reason)))
                }
            }
        }
        return (folder, path, outcome)
    }

    static func files(in folder: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test("a new database holds what a bulk write into an empty store holds, searches alike, and no temporary file is left")
    func sameAsBulkWrite() async throws {
        let file = try BulkImportTests.generatedFile(organizations: 250, seed: 3)
        let (folder, path, outcome) = try await Self.load(file, mode: .allOrNothing)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.committed)
        #expect(try Self.files(in: folder) == ["tejido.sqlite"])
        let reference = try SQLiteStore.inMemory()
        let written = try await BulkImportTests.importFile(file, into: reference, mode: .allOrNothing)
        #expect(outcome.summary == written.summary)
        let loaded = try SQLiteStore(path: path)
        #expect(try await loaded.dataset() == (try await reference.dataset()))
        #expect(try await loaded.changes(after: 0, limit: 1_000_000).count == (try await reference.changes(after: 0, limit: 1_000_000)).count)
        for text in ["cooperativa", "financ", "λογιστ"] {
            let query = SearchQuery(text: text, limit: 200)
            #expect(try await loaded.search(query).items.map(\.id) == (try await reference.search(query)).items.map(\.id))
        }
        let again = try await BulkImportTests.importFile(file, into: loaded, mode: .allOrNothing)
        #expect(again.summary.isNoOp)
    }

    @Test("a refused load or a dry run leaves no database and no temporary file; skip mode keeps the good records")
    func refusedDryRunAndSkip() async throws {
        var badLine = 0
        let file = try BulkImportTests.generatedFile(organizations: 120, seed: 4) { lines in
            badLine = lines.lastIndex { $0.contains("\"offerings\":[") }! + 1
            lines[badLine - 1] = lines[badLine - 1].replacingOccurrences(of: "\"service\":\"", with: "\"service\":\"zz")
        }
        for mode in [BulkWriteMode.allOrNothing, .dryRun] {
            let (folder, _, outcome) = try await Self.load(file, mode: mode)
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(!outcome.committed)
            #expect(outcome.problems.first?.line == badLine)
            #expect(try Self.files(in: folder).isEmpty)
        }
        let (folder, path, outcome) = try await Self.load(file, mode: .skipInvalid)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.committed)
        #expect(outcome.problems.first?.line == badLine)
        #expect(try await SQLiteStore(path: path).stats().organizations == 119)
    }

    /// The page size a SQLite file's header records (bytes 16 and 17, big-endian; 1 means 65,536).
    static func pageSize(ofFileAt path: String) throws -> Int {
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(18)
        let size = Int(header[16]) << 8 | Int(header[17])
        return size == 1 ? 65_536 : size
    }

    @Test("a database created by a load or by opening a new store has the store's page size, not SQLite's default")
    func newDatabasePageSize() async throws {
        let file = try BulkImportTests.generatedFile(organizations: 20, seed: 5)
        let (folder, path, outcome) = try await Self.load(file, mode: .allOrNothing)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.committed)
        #expect(try Self.pageSize(ofFileAt: path) == SQLiteStore.pageSize)
        #expect(SQLiteStore.pageSize != 4_096)
        let opened = folder.appendingPathComponent("opened.sqlite").path
        _ = try SQLiteStore(path: opened)
        #expect(try Self.pageSize(ofFileAt: opened) == SQLiteStore.pageSize)
    }

    @Test("an existing file is never loaded over")
    func refusesExistingFile() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tejido.sqlite").path
        _ = try SQLiteStore(path: path)
        #expect(!SQLiteStore.canBulkLoad(newDatabaseAt: path))
        await #expect(throws: StoreError.self) { try await SQLiteStore.bulkLoad(newDatabaseAt: path, mode: .allOrNothing) { _ in } }
    }
}
