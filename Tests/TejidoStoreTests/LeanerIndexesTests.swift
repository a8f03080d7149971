import Foundation
import GRDB
import Testing
import TejidoDirectory
import TejidoModel
@testable import TejidoStore

@Suite("Migration v6: two unused indexes and FTS5 column sizes gone")
struct LeanerIndexesTests {
    /// The names of every index and table in the database at `path`.
    static func schemaNames(at path: String) throws -> Set<String> {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return Set(try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") })
    }

    static let dropped: Set<String> = ["organization_kinds_kind", "organization_languages_language", "organization_search_docsize"]

    @Test("a database of the fifth schema is upgraded with its search rows, which still find what the records say")
    func upgradeFromFifthSchema() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try BulkImportTests.generatedFile(organizations: 120, seed: 31)
        let referencePath = folder.appendingPathComponent("reference.sqlite").path
        do {
            let reference = try SQLiteStore(path: referencePath)
            _ = try await BulkImportTests.importFile(file, into: reference, mode: .allOrNothing)
        }
        let path = folder.appendingPathComponent("tejido.sqlite").path
        let searchRowsBefore: Int
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v5-profile-facts")
            try await queue.writeWithoutTransaction { db in try ExplicitKeysTests.copyRows(from: referencePath, in: db) }
            searchRowsBefore = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM organization_search") ?? 0 }
            try queue.close()
        }
        #expect(try Self.schemaNames(at: path).isSuperset(of: Self.dropped))
        #expect(searchRowsBefore == 120)

        let upgraded = try SQLiteStore(path: path)
        let names = try Self.schemaNames(at: path)
        #expect(names.isDisjoint(with: Self.dropped))
        #expect(names.isSuperset(of: ["organization_kinds_key", "organization_languages_key", "organization_search"]))
        let queue = try DatabaseQueue(path: path)
        let rows = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM organization_search") ?? 0 }
        // FTS5's own check of its index against its content; it throws on any disagreement.
        try await queue.write { db in try db.execute(sql: "INSERT INTO organization_search(organization_search, rank) VALUES ('integrity-check', 1)") }
        try queue.close()
        #expect(rows == 120)
        try await SearchIndexTests.expectAgreement(upgraded, Directory(try await upgraded.dataset()))
    }

    @Test("a new store, and a new database loaded in bulk, have neither index nor the column-size table")
    func newDatabases() async throws {
        let file = try BulkImportTests.generatedFile(organizations: 40, seed: 32)
        let (folder, path, outcome) = try await NewDatabaseLoadTests.load(file, mode: .allOrNothing)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.committed)
        #expect(try Self.schemaNames(at: path).isDisjoint(with: Self.dropped))
        let opened = folder.appendingPathComponent("opened.sqlite").path
        _ = try SQLiteStore(path: opened)
        #expect(try Self.schemaNames(at: opened).isDisjoint(with: Self.dropped))
    }
}
