import Foundation
import GRDB
import Testing
import TejidoDirectory
import TejidoModel
import TejidoStore

@Suite("The full-text index after bulk imports and upgrades")
struct SearchIndexTests {
    /// Queries that reach organizations through their names and through the labels, synonyms
    /// and code words of the services they offer, whole and as prefixes, in every language.
    static let queries = [
        "cooperativa", "capital", "financ", "comptab", "contabilidad", "λογιστ", "χρηματοδοτηση", "κεφαλαια",
        "access to", "training", "formacio", "incubation", "legal", "acompanyament", "co", "zzz", "bookkeeping",
    ]

    /// The same query in the store and in the in-memory directory, which builds service words
    /// from the taxonomy for every organization: same total, same page, same order, same scores.
    static func expectAgreement(_ store: SQLiteStore, _ directory: Directory) async throws {
        var found = 0
        for text in queries {
            let query = SearchQuery(text: text, limit: 200)
            let fromStore = try await store.search(query)
            let fromMemory = directory.search(query)
            #expect(fromStore.total == fromMemory.total, "\(text)")
            #expect(fromStore.items.map(\.id) == fromMemory.items.map(\.id), "\(text)")
            #expect(fromStore.items.map(\.score) == fromMemory.items.map(\.score), "\(text)")
            found += fromStore.total
        }
        #expect(found > 0)
    }

    @Test("after a bulk import, service words in every language find what the in-memory directory finds")
    func bulkImportAgreesWithDirectory() async throws {
        let store = try SQLiteStore.inMemory()
        let outcome = try await BulkImportTests.importFile(try BulkImportTests.generatedFile(organizations: 400, seed: 5), into: store, mode: .allOrNothing)
        #expect(outcome.committed)
        try await Self.expectAgreement(store, Directory(try await store.dataset()))
    }

    @Test("a database whose index was built by the first schema is upgraded and finds the same")
    func upgradeFromFirstSchema() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tejido.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            _ = try await BulkImportTests.importFile(try BulkImportTests.generatedFile(organizations: 200, seed: 8), into: store, mode: .allOrNothing)
        }
        // Put the index back as the first schema made it: every service word indexed, no codes.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE organization_search_v1 USING fts5(names, services, descriptions, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO organization_search_v1 (rowid, names, services, descriptions) SELECT rowid, names, services, descriptions FROM organization_search;
                DROP TABLE organization_search;
                ALTER TABLE organization_search_v1 RENAME TO organization_search;
                DELETE FROM grdb_migrations WHERE identifier = 'v2-search-service-codes';
                """)
        }
        try queue.close()
        let upgraded = try SQLiteStore(path: path)
        try await Self.expectAgreement(upgraded, Directory(try await upgraded.dataset()))
    }

    @Test("search rows keep codes, not service words: a service renamed later is found by its new words, ranked as in memory")
    func renamedServiceIsFoundByItsNewWords() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tejido.sqlite").path
        let store = try SQLiteStore(path: path)
        let outcome = try await BulkImportTests.importFile(try BulkImportTests.generatedFile(organizations: 300, seed: 11), into: store, mode: .allOrNothing)
        #expect(outcome.committed)
        let stored = try await DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT DISTINCT services FROM organization_search") }
        #expect(stored == [""])

        let dataset = try await store.dataset()
        let offered = Dictionary(grouping: dataset.offerings, by: \.service).max { $0.value.count < $1.value.count }!.key
        var service = try #require(dataset.services.first { $0.code == offered })
        service.labels = ["en": "Zymurgy circle support", "es": "Apoyo zimúrgico"]
        service.synonyms = [:]
        _ = try await store.write([.upsert(.service(service))])

        let directory = Directory(try await store.dataset())
        for text in ["zymurgy", "zimurgico", "zym"] {
            let query = SearchQuery(text: text, limit: 500)
            let fromStore = try await store.search(query)
            let fromMemory = directory.search(query)
            #expect(fromStore.total > 0, "\(text)")
            #expect(fromStore.total == fromMemory.total, "\(text)")
            #expect(fromStore.items.map(\.id) == fromMemory.items.map(\.id), "\(text)")
            #expect(fromStore.items.map(\.score) == fromMemory.items.map(\.score), "\(text)")
        }
        try await Self.expectAgreement(store, directory)
    }
}
