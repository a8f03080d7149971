import Foundation
import GRDB
import TejidoModel

extension SQLiteStore {
    /// Every stored record, one at a time, in export order, read in one transaction and in
    /// constant memory (see ``Store/forEachRecord(_:)``).
    public func forEachRecord(_ body: @escaping @Sendable ([Entity]) throws -> Void) async throws {
        try await reading { db in try StoredRecords.forEach(in: db, body) }
    }
}

/// The records of a store in export order, read table by table with cursors: services by code,
/// areas parents first, each organization by id with its offerings and its needs (each by id),
/// then relationships, referrals and activity reports by id. An organization's offerings and
/// needs are merged in from cursors ordered by organization. Payloads are read a batch of records
/// at a time and decoded on every core, then handed out in order; only the batch and the areas
/// (a few hundred) are held at once, so a million organizations cost no more memory than ten.
enum StoredRecords {
    /// One record's payloads, as read: an organization's first, then its offerings and needs.
    typealias Payloads = [(kind: EntityKind, payload: String)]

    /// The records decoded together.
    static let batchSize = 2_048

    static func forEach(in db: Database, batchSize: Int = batchSize, _ body: ([Entity]) throws -> Void) throws {
        var batch: [Payloads] = []
        func flush() throws {
            for record in try decoded(batch) { try body(record) }
            batch.removeAll(keepingCapacity: true)
        }
        func add(_ record: Payloads) throws {
            batch.append(record)
            if batch.count >= batchSize { try flush() }
        }
        func each(_ kind: EntityKind, _ sql: String) throws {
            let cursor = try String.fetchCursor(db, sql: sql)
            while let payload = try cursor.next() { try add([(kind, payload)]) }
        }

        try each(.service, "SELECT payload FROM services ORDER BY code")
        try flush()
        let decoder = TejidoJSON.decoder()
        let areas = try String.fetchAll(db, sql: "SELECT payload FROM areas").map { try decoder.decode(Area.self, from: Data($0.utf8)) }
        for area in AreaTree(areas).areasParentsFirst { try body([.area(area)]) }

        let offerings = try OwnedRows(db, "SELECT organization_id, payload FROM offerings ORDER BY organization_id, id")
        let needs = try OwnedRows(db, "SELECT organization_id, payload FROM needs ORDER BY organization_id, id")
        let organizations = try Row.fetchCursor(db, sql: "SELECT id, payload FROM organizations ORDER BY id")
        while let row = try organizations.next() {
            let id: String = row[0]
            var record: Payloads = [(.organization, row[1])]
            try offerings.take(ownedBy: id) { record.append((.offering, $0)) }
            try needs.take(ownedBy: id) { record.append((.need, $0)) }
            try add(record)
        }
        try each(.relationship, "SELECT payload FROM relationships ORDER BY id")
        try each(.referral, "SELECT payload FROM referrals ORDER BY id")
        try each(.activityReport, "SELECT payload FROM activity_reports ORDER BY id")
        try flush()
    }

    /// `records` decoded, in order, each of `cores` taking a contiguous share of at least 64.
    static func decoded(_ records: [Payloads], cores: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> [[Entity]] {
        let shares = min(cores, records.count / 64)
        guard shares > 1 else { return try decode(records[...]) }
        let parts = try Concurrent.map(shares) { share in
            try decode(records[records.count * share / shares..<records.count * (share + 1) / shares])
        }
        return parts.flatMap { $0 }
    }

    private static func decode(_ share: ArraySlice<Payloads>) throws -> [[Entity]] {
        let decoder = TejidoJSON.decoder()
        return try share.map { record in try record.map { try Entity.decode($0.kind, payload: $0.payload, using: decoder) } }
    }

    /// A cursor over `(organization_id, payload)` rows ordered by organization, read one
    /// organization at a time.
    private final class OwnedRows {
        private let cursor: RowCursor
        /// The row read but not yet taken: it belongs to a later organization.
        private var pending: (owner: String, payload: String)?

        init(_ db: Database, _ sql: String) throws {
            cursor = try Row.fetchCursor(db, sql: sql)
            pending = try Self.next(cursor)
        }

        private static func next(_ cursor: RowCursor) throws -> (owner: String, payload: String)? {
            guard let row = try cursor.next() else { return nil }
            return (row[0], row[1])
        }

        /// Calls `body` with the payload of every row owned by `owner`, in order. Rows of owners
        /// that sort before it (none, while foreign keys hold) are passed over.
        func take(ownedBy owner: String, _ body: (String) throws -> Void) throws {
            while let row = pending, row.owner <= owner {
                if row.owner == owner { try body(row.payload) }
                pending = try Self.next(cursor)
            }
        }
    }
}
