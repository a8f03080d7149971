import Foundation
import GRDB
import Testing
import TejidoDirectory
import TejidoInterchange
import TejidoModel
@testable import TejidoStore

@Suite("Keys as named unique indexes")
struct ExplicitKeysTests {
    /// Every key index the schema defines.
    static let keyIndexes = ExplicitKeyTable.all.flatMap(\.indexes).filter { $0.hasPrefix("CREATE UNIQUE INDEX") }.map { $0.split(separator: " ")[3] }.map(String.init)

    /// The names of the indexes in the database at `path`, and whether SQLite's own key indexes remain.
    static func indexes(at path: String) throws -> (named: Set<String>, automatic: [String]) {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
            let list = ExplicitKeyTable.all.map { "'\($0.name)'" }.joined(separator: ", ")
            let automatic = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NULL AND tbl_name IN (\(list))")
            return (Set(names), automatic)
        }
    }

    /// Lines of a generated file with the given organization line's slug replaced by an earlier one's.
    static func fileWithRepeatedSlug() throws -> (file: URL, line: Int) {
        var line = 0
        let file = try BulkImportTests.generatedFile(organizations: 150, seed: 21) { lines in
            let organizations = lines.indices.filter { lines[$0].contains("\"type\":\"organization\"") }
            let slug = { (text: String) in String(text.split(separator: "\"slug\":\"")[1].prefix { $0 != "\"" }) }
            let first = organizations[3], later = organizations[90]
            lines[later] = lines[later].replacingOccurrences(of: "\"slug\":\"\(slug(lines[later]))\"", with: "\"slug\":\"\(slug(lines[first]))\"")
            line = later + 1
        }
        return (file, line)
    }

    /// Copies every row of the database at `path` into the tables `db` has, column by column as
    /// `db` names them, keeping rowids (and so the search rows' owners).
    static func copyRows(from path: String, in db: Database) throws {
        try db.execute(sql: "ATTACH DATABASE ? AS reference", arguments: [path])
        defer { try? db.execute(sql: "DETACH DATABASE reference") }
        try db.inTransaction {
            let tables = ["services", "areas", "organizations", "organization_kinds", "organization_languages", "organization_areas", "offerings", "needs",
                          "relationships", "referrals", "activity_reports", "changes"]
            for table in tables {
                let columns = try db.columns(in: table, in: "main").map(\.name).joined(separator: ", ")
                let withoutRowID = try Bool.fetchOne(db, sql: "SELECT sql LIKE '%WITHOUT ROWID%' FROM main.sqlite_master WHERE name = ?", arguments: [table]) ?? false
                let copied = withoutRowID ? columns : "rowid, \(columns)"
                try db.execute(sql: "INSERT INTO main.\(table) (\(copied)) SELECT \(copied) FROM reference.\(table)")
            }
            try db.execute(sql: """
                INSERT INTO main.organization_search (rowid, names, services, descriptions, service_codes)
                SELECT rowid, names, services, descriptions, service_codes FROM reference.organization_search
                """)
            return .commit
        }
    }

    @Test("a database of the second schema is upgraded with its rows, rowids and search intact, and its keys still hold")
    func upgradeFromSecondSchema() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tejido.sqlite").path
        let file = try BulkImportTests.generatedFile(organizations: 200, seed: 9)
        // The second schema, filled with what the current store holds after importing the file.
        let referencePath = folder.appendingPathComponent("reference.sqlite").path
        do {
            let reference = try SQLiteStore(path: referencePath)
            _ = try await BulkImportTests.importFile(file, into: reference, mode: .allOrNothing)
        }
        let rowsBefore: [[String]]
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v2-search-service-codes")
            try await queue.writeWithoutTransaction { db in try Self.copyRows(from: referencePath, in: db) }
            rowsBefore = try await queue.read { db in try Row.fetchAll(db, sql: "SELECT CAST(rowid AS TEXT), id, slug FROM organizations ORDER BY rowid").map { [$0[0], $0[1], $0[2]] } }
            try queue.close()
        }
        #expect(!(try Self.indexes(at: path).automatic.isEmpty))

        let upgraded = try SQLiteStore(path: path)
        let reference = try SQLiteStore.inMemory()
        _ = try await BulkImportTests.importFile(file, into: reference, mode: .allOrNothing)
        #expect(try await upgraded.dataset() == (try await reference.dataset()))
        let indexes = try Self.indexes(at: path)
        #expect(indexes.automatic.isEmpty)
        #expect(indexes.named.isSuperset(of: Self.keyIndexes))
        let queue = try DatabaseQueue(path: path)
        let rowsAfter = try await queue.read { db in try Row.fetchAll(db, sql: "SELECT CAST(rowid AS TEXT), id, slug FROM organizations ORDER BY rowid").map { [$0[0], $0[1], $0[2]] as [String] } }
        try queue.close()
        #expect(rowsAfter == rowsBefore)
        try await SearchIndexTests.expectAgreement(upgraded, Directory(try await upgraded.dataset()))

        // The same records again change nothing (upserts find their keys); a taken slug is refused.
        #expect(try await BulkImportTests.importFile(file, into: upgraded, mode: .allOrNothing).summary.isNoOp)
        let (repeated, line) = try Self.fileWithRepeatedSlug()
        let refused = try await BulkImportTests.importFile(repeated, into: try SQLiteStore.inMemory(), mode: .allOrNothing)
        #expect(refused.problems.first?.line == line)
        #expect(refused.problems.first?.issue.message.contains("already used by another organization") == true)
    }

    @Test("a new database loaded without its key indexes has them all again, no dangling reference, and passes the integrity check")
    func loadRebuildsKeys() async throws {
        let file = try BulkImportTests.generatedFile(organizations: 300, seed: 12)
        let (folder, path, outcome) = try await NewDatabaseLoadTests.load(file, mode: .allOrNothing)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.committed)
        let indexes = try Self.indexes(at: path)
        #expect(indexes.named.isSuperset(of: Self.keyIndexes))
        #expect(indexes.automatic.isEmpty)
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let (dangling, integrity) = try await queue.read { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, try String.fetchAll(db, sql: "PRAGMA integrity_check"))
        }
        #expect(dangling == 0)
        #expect(integrity == ["ok"])
    }

    @Test("while the key indexes wait, a slug used twice in the stream is still refused on its line, and nothing is written")
    func repeatedSlugInNewDatabase() async throws {
        let (file, line) = try Self.fileWithRepeatedSlug()
        let (folder, _, outcome) = try await NewDatabaseLoadTests.load(file, mode: .allOrNothing)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!outcome.committed)
        // Its relationships and referrals, on later lines, are refused with it.
        #expect(outcome.problems.first?.line == line)
        #expect(outcome.problems.first?.issue.field == "slug")
        #expect(outcome.problems.dropFirst().allSatisfy { $0.line > line && $0.issue.message.contains("no organization") })
        #expect(try NewDatabaseLoadTests.files(in: folder).isEmpty)

        let (skipFolder, path, skipped) = try await NewDatabaseLoadTests.load(file, mode: .skipInvalid)
        defer { try? FileManager.default.removeItem(at: skipFolder) }
        #expect(skipped.committed)
        #expect(skipped.problems.map(\.line) == outcome.problems.map(\.line))
        #expect(try await SQLiteStore(path: path).stats().organizations == 149)
    }
}
