import Foundation
import GRDB
import Testing
import TejidoDirectory
import TejidoModel
import TejidoStore

/// The `match_facts` columns (migration v4): backfilled from payloads when an older database is
/// upgraded, and not trusted blindly when a directory is read from them.
@Suite("Match facts in the store")
struct MatchFactsUpgradeTests {
    /// Every row's stored facts, by table and id.
    static func storedFacts(_ path: String) throws -> [String: DatabaseValue] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var facts: [String: DatabaseValue] = [:]
            for table in ["organizations", "offerings", "referrals"] {
                for row in try Row.fetchAll(db, sql: "SELECT id, match_facts FROM \(table)") { facts[table + ":" + (row[0] as String)] = row[1] }
            }
            return facts
        }
    }

    /// Whether the directory read from the store's columns holds the same matcher columns, and
    /// gives the same summaries (packed in memory, or read from the store per answer), as one
    /// built from its full records.
    static func expectSameColumns(_ store: SQLiteStore) async throws {
        let columnar = try await store.directory(), full = Directory(try await store.dataset())
        let fromStore = try await store.directory(summaries: .fromStore)
        for node in 0..<UInt32(full.count) {
            #expect(columnar.summary(node: node) == full.entry(node: node)?.summary)
            #expect(fromStore.summary(node: node) == full.entry(node: node)?.summary)
            #expect(fromStore.label(node: node)?.name == full.label(node: node)?.name)
            let label = columnar.label(node: node), expected = full.label(node: node)
            #expect(label?.id == expected?.id && label?.slug == expected?.slug && label?.name == expected?.name)
        }
        func fields(_ value: Any) -> [String: String] {
            Dictionary(uniqueKeysWithValues: Mirror(reflecting: value).children.map { ($0.label ?? "", String(describing: $0.value)) })
        }
        #expect(columnar.count == full.count)
        #expect(fields(columnar.baseColumns) == fields(full.baseColumns))
        #expect(columnar.tables.languages == full.tables.languages && columnar.tables.sectors == full.tables.sectors)
    }

    /// A file store holding a generated directory; the caller removes the folder.
    static func importedStore() async throws -> (folder: URL, path: String) {
        let folder = try StoreFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("tejido.sqlite").path
        let store = try SQLiteStore(path: path)
        let file = try BulkImportTests.generatedFile(organizations: 200, seed: 8)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        _ = try await BulkImportTests.importFile(file, into: store, mode: .allOrNothing)
        return (folder, path)
    }

    @Test("a database written before the columns existed is upgraded: every row's facts are filled from its payload, as a write stores them")
    func upgradeBackfills() async throws {
        let (folder, path) = try await Self.importedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Self.storedFacts(path)
        #expect(written.values.allSatisfy { !$0.isNull })
        #expect(written.keys.contains { $0.hasPrefix("referrals:") } && written.keys.contains { $0.hasPrefix("offerings:") })

        // Put the database back as the second schema left it.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: """
                ALTER TABLE organizations DROP COLUMN match_facts;
                ALTER TABLE offerings DROP COLUMN match_facts;
                ALTER TABLE referrals DROP COLUMN match_facts;
                DELETE FROM grdb_migrations WHERE identifier = 'v4-match-facts';
                """)
        }
        try queue.close()

        let upgraded = try SQLiteStore(path: path)
        #expect(try Self.storedFacts(path) == written)
        try await Self.expectSameColumns(upgraded)
    }

    @Test("organization facts of the first layout are rewritten by the upgrade, so summaries and columns read from them are the records'")
    func upgradeRewritesFirstLayout() async throws {
        let (folder, path) = try await Self.importedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Self.storedFacts(path)
        // Put the organization facts back as the first layout wrote them, as the fourth schema left them.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            let update = try db.makeStatement(sql: "UPDATE organizations SET match_facts = ? WHERE rowid = ?")
            for row in try Row.fetchAll(db, sql: "SELECT rowid, payload FROM organizations") {
                let organization = try TejidoJSON.decoder().decode(Organization.self, from: Data((row[1] as String).utf8))
                try update.execute(arguments: [Data(Self.firstLayout(organization)), row[0] as Int64])
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-profile-facts'")
        }
        try queue.close()
        #expect(try Self.storedFacts(path) != written)

        let upgraded = try SQLiteStore(path: path)
        #expect(try Self.storedFacts(path) == written)
        try await Self.expectSameColumns(upgraded)
    }

    /// An organization's facts in the first layout: no stated fluency, kinds in declaration order.
    static func firstLayout(_ organization: Organization) -> [UInt8] {
        var bytes: [UInt8] = [1, organization.acceptsReferrals ? 1 : 0]
        func float(_ value: Float) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        func strings(_ values: [String]) {
            bytes.append(UInt8(values.count))
            for value in values { bytes.append(UInt8(value.utf8.count)); bytes.append(contentsOf: value.utf8) }
        }
        let facts = OrganizationMatchFacts(organization)
        float(facts.lat)
        float(facts.lon)
        float(facts.fluency)
        strings(OrganizationKind.allCases.filter(organization.kinds.contains).map(\.rawValue))
        strings(facts.languages)
        strings(facts.populations)
        strings(facts.sectors)
        strings(facts.locationAreas.map(\.rawValue))
        strings(facts.serviceAreas.map(\.rawValue))
        return bytes
    }

    @Test("rows whose facts are missing or unreadable are read from their payloads instead")
    func damagedFacts() async throws {
        let (folder, path) = try await Self.importedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: """
                UPDATE organizations SET match_facts = NULL WHERE rowid % 3 = 0;
                UPDATE organizations SET match_facts = X'09' WHERE rowid % 3 = 1;
                UPDATE offerings SET match_facts = X'0102' WHERE rowid % 2 = 0;
                UPDATE referrals SET match_facts = 999 WHERE rowid % 2 = 0;
                UPDATE referrals SET match_facts = NULL WHERE rowid % 2 = 1;
                """)
        }
        try queue.close()
        try await Self.expectSameColumns(try SQLiteStore(path: path))
    }
}
