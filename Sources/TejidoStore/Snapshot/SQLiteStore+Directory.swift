import GRDB
import TejidoDirectory
import TejidoModel

extension SQLiteStore {
    /// The directory snapshot of everything the store holds, as of its latest change-log position
    /// (``Directory/sequence``; later changes go through ``Directory/applying(_:)``).
    ///
    /// Built from narrow columns — ids, countries, match facts, foreign keys — without decoding a
    /// record: the matcher's columns are in memory, and full records are read from the database,
    /// as it was at that position, only when a reader asks for one. An in-memory store (tests)
    /// has no second connection to pin that state on, so its directory holds every record instead.
    public func directory() async throws -> Directory {
        guard let read = try await directoryColumns() else {
            return try await reading { db in
                Directory(try Self.dataset(db), sequence: try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM changes") ?? 0)
            }
        }
        return Directory(columns: read.columns, cold: read.cold)
    }

    /// The two halves ``directory()`` builds from: the narrow rows (the "store read" phase the
    /// bench times) and the cold records, read from one database snapshot. Nil for an in-memory store.
    package func directoryColumns() async throws -> (columns: DirectoryColumns, cold: any ColdEntries)? {
        guard let pool = writer as? DatabasePool else { return nil }
        do {
            let snapshot = try pool.makeSnapshot()
            let columns = try await snapshot.read { db in try NarrowRead.columns(db) }
            return (columns, SQLiteColdEntries(snapshot))
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error)")
        }
    }
}
