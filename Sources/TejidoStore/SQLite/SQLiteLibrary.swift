import CSQLiteSetup

extension SQLiteStore {
    /// Sets SQLite up for this process before any database opens: without memory statistics,
    /// which SQLite keeps under one global mutex taken around every allocation and free it makes
    /// (a bulk import's writing thread spent about 6 % of its time in that lock). Nothing in
    /// Tejido reads those statistics. Call it first thing in `main`; later, when SQLite is already
    /// initialized, it changes nothing and returns `false`.
    @discardableResult
    public static func configureLibrary() -> Bool {
        tejido_sqlite_disable_memory_statistics() == 0
    }
}
