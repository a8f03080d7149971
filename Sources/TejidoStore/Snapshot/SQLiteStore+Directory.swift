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
    ///
    /// `summaries` says where the fields an explanation reads come from: `.inMemory` (the default,
    /// for a process that answers many queries) packs them while the columns are read, about
    /// 170 bytes an organization and a second a million; `.fromStore` reads them per answer,
    /// for a process that answers once.
    public func directory(summaries: SummaryPlacement = .inMemory) async throws -> Directory {
        guard let read = try await directoryColumns(summaries: summaries) else {
            return try await reading { db in
                Directory(try Self.dataset(db), sequence: try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM changes") ?? 0)
            }
        }
        return Directory(columns: read.columns, cold: read.cold)
    }

    /// The two halves ``directory()`` builds from: the narrow rows (the "store read" phase the
    /// bench times) and the cold records, read from one database snapshot. Nil for an in-memory store.
    ///
    /// Offerings, needs, relationships and referrals are read on a second snapshot connection while
    /// the first reads organizations. The two are used together only if they see the same
    /// change-log position (every write appends to the log); otherwise the first reads them too.
    /// How much of the database file a snapshot connection maps into memory (SQLite's `mmap_size`).
    static let scanMapBytes = 1 << 36

    /// Where a directory built from the store finds what explanations read of each organization.
    public enum SummaryPlacement: Sendable {
        /// Packed in memory while the snapshot is read.
        case inMemory
        /// Read from the store for each answer.
        case fromStore
    }

    package func directoryColumns(summaries: SummaryPlacement = .inMemory) async throws -> (columns: DirectoryColumns, cold: any ColdEntries)? {
        let withSummaries = summaries == .inMemory
        guard let pool = writer as? DatabasePool else { return nil }
        do {
            let snapshot = try pool.makeSnapshot(), second = try pool.makeSnapshot()
            // Scans read pages through a memory map rather than copying each one out of the file;
            // cold reads land on random pages of a large file, so keep more of them than SQLite's
            // 2 MB default.
            try await second.read { db in try db.execute(sql: "PRAGMA mmap_size = \(Self.scanMapBytes)") }
            try await snapshot.read { db in
                try db.execute(sql: "PRAGMA mmap_size = \(Self.scanMapBytes); PRAGMA cache_size = -\(SQLiteColdEntries.pageCacheKiB)")
            }
            async let secondLinks = second.read { db in try NarrowRead.links(db, withSummaries: withSummaries) }
            let columns = try await snapshot.read { db in try NarrowRead.organizations(db, withSummaries: withSummaries) }
            let links = try await secondLinks
            try second.close()
            let all = try await snapshot.read { db in
                let read = try NarrowRead.columns(columns, links.sequence == columns.sequence ? links : try NarrowRead.links(db, withSummaries: withSummaries), db)
                // Drop the map the scans filled, then map afresh for cold reads: they then touch
                // (and the process holds) only the pages of records a reader asks for, read in
                // place rather than copied out of the file by a system call each.
                try db.execute(sql: "PRAGMA mmap_size = 0; PRAGMA mmap_size = \(Self.scanMapBytes)")
                return read
            }
            return (all.columns, SQLiteColdEntries(snapshot, summaries: all.summaries))
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error)")
        }
    }
}
