import TejidoModel

/// The system of record. Every write is one transaction that also appends to the change log;
/// nothing is acknowledged before it is committed. Nothing above the store knows which database
/// is behind it: SQLite (``SQLiteStore``) is the embedded default.
public protocol Store: Sendable {
    /// Applies the mutations in one transaction, after checking every record's rules and
    /// references; a record equal to the stored one is left alone and logs nothing.
    func write(_ mutations: [Mutation]) async throws -> WriteSummary

    /// Everything stored, for building the in-memory directory or exporting.
    func dataset() async throws -> DirectoryDataset

    /// Every stored record, one at a time, in export order: services by code, areas parents
    /// first, each organization by id followed by its offerings and then its needs (each by id),
    /// then relationships, referrals and activity reports by id. Read in one transaction without
    /// holding the directory in memory; `body` runs on the store's reading thread.
    func forEachRecord(_ body: @escaping @Sendable ([Entity]) throws -> Void) async throws

    /// The organization with this id or slug, and what hangs off it.
    func profile(_ idOrSlug: String) async throws -> OrganizationProfile?

    /// The slugs of every organization, for "did you mean".
    func slugs() async throws -> [Slug]

    /// The organizations matching `query`, best first.
    func search(_ query: SearchQuery) async throws -> SearchResults

    /// Counts of what is stored.
    func stats() async throws -> DirectoryStats

    /// The change log after `seq`, oldest first.
    func changes(after seq: Int64, limit: Int) async throws -> [Change]

    /// The taxonomy as stored.
    func taxonomy() async throws -> Taxonomy

    /// The areas as stored.
    func areaTree() async throws -> AreaTree

    /// Writes a stream of records in one transaction (see ``bulkWrite(mode:_:)``).
    func performBulkWrite(mode: BulkWriteMode, _ produce: @escaping @Sendable (any BulkSink) throws -> Void) async throws -> BulkWriteOutcome
}

extension Store {
    /// Writes a stream of records in one transaction, validating each as it arrives. `produce`
    /// feeds the sink; `mode` decides what problems do. Built for imports of millions of records.
    public func bulkWrite(mode: BulkWriteMode, _ produce: @escaping @Sendable (any BulkSink) throws -> Void) async throws -> BulkWriteOutcome {
        try await performBulkWrite(mode: mode, produce)
    }
}
