import Foundation
import GRDB
import Testing
import TejidoModel
import TejidoStore

// Opening a path never harms a file that is not Tejido's: text files, damaged files and other
// applications' SQLite databases are refused and left byte-for-byte as they were; a fresh path
// or an empty file becomes a Tejido database.

private extension URL {
    func path(_ name: String) -> String { appendingPathComponent(name).path }
}

private func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

private func siblings(_ path: String) -> [String] {
    ["-wal", "-shm", "-journal"].map { path + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
}

@Suite("Store file safety")
struct FileSafetyTests {
    @Test("a text file is refused with notADatabase and its bytes are unchanged")
    func textFile() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path("notes.txt")
        let bytes = Data("These are my notes, not a database.\nDo not touch.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("the text file was opened")
        } catch StoreError.notADatabase(let reported, _) {
            #expect(reported == path)
        } catch {
            Issue.record("expected StoreError.notADatabase, got \(error)")
        }
        #expect(try contents(path) == bytes)
        #expect(siblings(path).isEmpty)
    }

    @Test("a file shorter than the SQLite header is refused and unchanged")
    func shortFile() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path("short.db")
        let bytes = Data("SQLite".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(try contents(path) == bytes)
    }

    @Test("a damaged file with a SQLite header is refused with notADatabase and unchanged")
    func damaged() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path("damaged.db")
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data((0..<4_080).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("the damaged file was opened")
        } catch StoreError.notADatabase {
        } catch {
            Issue.record("expected StoreError.notADatabase, got \(error)")
        }
        #expect(try contents(path) == bytes)
    }

    @Test("another application's SQLite database is refused with foreignDatabase and unchanged", arguments: [
        ["CREATE TABLE t(x)", "INSERT INTO t(x) VALUES (1), ('two')"],
        ["CREATE VIEW v AS SELECT 1 AS x"],
    ])
    func foreign(schema: [String]) throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path("other-app.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                for statement in schema { try db.execute(sql: statement) }
            }
            try queue.close()
        }
        let bytes = try contents(path)
        #expect(bytes.starts(with: Data("SQLite format 3\0".utf8)))
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("the foreign database was opened")
        } catch StoreError.foreignDatabase(let reported) {
            #expect(reported == path)
        } catch {
            Issue.record("expected StoreError.foreignDatabase, got \(error)")
        }
        #expect(try contents(path) == bytes)
        #expect(siblings(path).isEmpty)
    }

    @Test("a fresh path creates a Tejido database that opens again with its data")
    func fresh() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path("tejido.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            _ = try await store.write(StoreFixtures.mutations)
        }
        #expect(FileManager.default.fileExists(atPath: path))
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.dataset().normalized == StoreFixtures.dataset.normalized)
        let second = try await reopened.write(StoreFixtures.mutations)
        #expect(second.isNoOp)
    }

    @Test("an empty file is accepted and becomes a Tejido database")
    func emptyFile() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        do {
            let store = try SQLiteStore(path: path)
            _ = try await store.write(StoreFixtures.mutations)
        }
        #expect(try contents(path).starts(with: Data("SQLite format 3\0".utf8)))
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.stats().organizations == 3)
    }

    @Test("an empty SQLite database made elsewhere (no tables) is accepted")
    func emptySQLite() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path("blank.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "PRAGMA user_version = 0") }
            try queue.close()
        }
        _ = try SQLiteStore(path: path)
    }
}
