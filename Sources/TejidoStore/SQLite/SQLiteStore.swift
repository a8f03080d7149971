import Foundation
import GRDB
import TejidoModel

/// The embedded store: one SQLite file in WAL mode through GRDB, foreign keys on, append-only
/// migrations, a change log, and a full-text index folded the same way in every language.
public struct SQLiteStore: Store {
    let writer: any DatabaseWriter

    /// Opens (or creates) the Tejido database at `path`. A file that is not SQLite, is damaged, or
    /// belongs to another application is refused and left exactly as it was.
    public init(path: String) throws {
        try Self.checkExistingFile(at: path)
        do {
            let pool = try DatabasePool(path: path, configuration: Self.configuration)
            try Self.prepare(pool, path: path)
            writer = pool
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.notADatabase(path: path, reason: Self.reason(error))
        }
    }

    /// An in-memory store, for tests.
    public static func inMemory() throws -> SQLiteStore {
        let queue = try DatabaseQueue(configuration: configuration)
        try prepare(queue, path: ":memory:")
        return SQLiteStore(writer: queue)
    }

    private init(writer: any DatabaseWriter) { self.writer = writer }

    /// Every connection waits for a busy writer, and a database file created through one has
    /// ``pageSize``-byte pages.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // Runs before GRDB turns on WAL, which writes the header; on a file that already holds
        // pages, SQLite ignores it.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = \(SQLiteStore.pageSize)") }
        return configuration
    }

    /// The page size of a new database file. Twice SQLite's default: a million-organization load
    /// writes and reads back several gigabytes, one system call per page, and SQLite's share of
    /// it takes about 7 % less (docs/import-performance.md, "Fourth round").
    public static let pageSize = 8_192

    /// `tejido_search_score(names, service_codes, descriptions, words)`: the same relevance the
    /// in-memory directory computes, so both rank alike. The service words are not stored with
    /// each organization: they come from `servicesByToken` (each code's token, as in
    /// `service_codes`, to its search words; see ``SearchRows/servicesByToken(_:)``), so a search
    /// registers the function with the taxonomy it read.
    static func searchScore(servicesByToken: [Substring: String]) -> DatabaseFunction {
        DatabaseFunction("tejido_search_score", argumentCount: 4, pure: true) { values in
            let codes = String.fromDatabaseValue(values[1]) ?? ""
            let text = SearchText(
                names: String.fromDatabaseValue(values[0]) ?? "",
                services: codes.split(separator: " ").compactMap { servicesByToken[$0] }.joined(separator: " "),
                descriptions: String.fromDatabaseValue(values[2]) ?? "")
            return text.score((String.fromDatabaseValue(values[3]) ?? "").split(separator: " ").map(String.init))
        }
    }

    static func prepare(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = Schema.migrator
        let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded { throw StoreError.newerSchema(path: path) }
        try migrator.migrate(writer)
    }

    /// Looks at an existing file read-only before anything opens it for writing: SQLite's header,
    /// then Tejido's application id, so nothing foreign is ever converted to WAL or migrated.
    private static func checkExistingFile(at path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw StoreError.notADatabase(path: path, reason: "it does not start with the SQLite header")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let (applicationID, schemaObjects) = try queue.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
                )
            }
            try queue.close()
            if applicationID == Schema.applicationID || (applicationID == 0 && schemaObjects == 0) { return }
            throw StoreError.foreignDatabase(path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.notADatabase(path: path, reason: reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// Runs database work and turns database failures into ``StoreError``s.
    func reading<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error)")
        }
    }
}
