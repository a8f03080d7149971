import Foundation
import GRDB
import Testing
import TejidoDirectory
import TejidoModel
import TejidoStore

@Suite("A large import into a database that already holds records")
struct DeferredIndexTests {
    /// Organizations in a generated file whose records (about 3.3 an organization) pass the point
    /// where a write into a few stored rows stops keeping its secondary indexes up to date (2,000
    /// records).
    static let organizations = 900

    /// The index definitions, the rows of each loaded table, and SQLite's own checks.
    static func state(_ path: String) async throws -> State {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try await queue.read { db in
            let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            // An index dropped and created again gets a new root page.
            var roots: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL") { roots[row["name"]] = row["rootpage"] }
            var rows: [String: Int] = [:]
            for table in ["organizations", "offerings", "needs", "relationships", "referrals", "organization_kinds", "organization_areas", "changes"] {
                rows[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
            }
            let integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? ""
            let foreignKeyProblems = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            return (indexes, roots, rows, integrity, foreignKeyProblems)
        }
    }

    /// What one import into a file-backed store holding the fixture's records (so no loaded table
    /// is empty) did: the store, its state before and after, and the outcome.
    struct Run {
        var store: SQLiteStore
        var before: State
        var after: State
        var outcome: BulkWriteOutcome
    }

    typealias State = (indexes: [String], roots: [String: Int], rows: [String: Int], integrity: String, foreignKeyProblems: Int)

    /// Imports a generated file of ``organizations`` organizations (`seed`; `transform` edits its
    /// lines) into a store holding the fixture.
    static func run(seed: UInt64, in folder: URL, mode: BulkWriteMode = .allOrNothing, transform: (inout [String]) -> Void = { _ in }) async throws -> Run {
        let path = folder.appendingPathComponent("tejido.sqlite").path
        let store = try SQLiteStore(path: path)
        _ = try await store.write(StoreFixtures.mutations)
        let before = try await state(path)
        let file = try BulkImportTests.generatedFile(organizations: organizations, seed: seed, transform: transform)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try await BulkImportTests.importFile(file, into: store, mode: mode)
        return Run(store: store, before: before, after: try await state(path), outcome: outcome)
    }

    @Test("its indexes are built again, exactly as defined, and search and the store agree with the records")
    func indexesComeBack() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.run(seed: 21, in: folder)
        let (before, after, outcome) = (run.before, run.after, run.outcome)
        #expect(outcome.committed)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.summary.inserted[.organization] == Self.organizations)
        #expect(after.indexes == before.indexes)
        #expect(after.indexes.count == 21)
        // Secondary indexes were built again at the end; the unique keys were kept all along.
        let unique = Set(after.indexes.filter { $0.hasPrefix("CREATE UNIQUE INDEX") }.map { $0.split(separator: " ")[3] }.map(String.init))
        let rebuilt = Set(after.roots.keys.filter { after.roots[$0] != before.roots[$0] })
        #expect(rebuilt == Set(after.roots.keys).subtracting(unique))
        #expect(!rebuilt.isEmpty)
        #expect(after.integrity == "ok")
        #expect(after.foreignKeyProblems == 0)
        #expect(after.rows["organizations"] == before.rows["organizations"]! + Self.organizations)
        try await SearchIndexTests.expectAgreement(run.store, Directory(try await run.store.dataset()))
    }

    @Test("an import refused at its last line, after its indexes were dropped, leaves rows and indexes as they were")
    func refusedImportKeepsIndexes() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.run(seed: 22, in: folder) { lines in lines.append("{\"type\":") }
        let (before, after, outcome) = (run.before, run.after, run.outcome)
        #expect(!outcome.committed)
        #expect(outcome.problems.count == 1)
        #expect(after.indexes == before.indexes)
        #expect(after.roots == before.roots)
        #expect(after.rows == before.rows)
        #expect(after.integrity == "ok")
    }
}
