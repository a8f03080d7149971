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
/// then relationships, referrals and activity reports by id. Only the areas (a few hundred) are
/// held at once; an organization's offerings and needs are merged in from cursors ordered by
/// organization, so a million organizations cost no more memory than ten.
enum StoredRecords {
    static func forEach(in db: Database, _ body: ([Entity]) throws -> Void) throws {
        let decoder = TejidoJSON.decoder()
        func decode<T: Decodable>(_ type: T.Type, _ payload: String) throws -> T {
            try decoder.decode(T.self, from: Data(payload.utf8))
        }
        func each(_ sql: String, _ record: (String) throws -> Entity) throws {
            let cursor = try String.fetchCursor(db, sql: sql)
            while let payload = try cursor.next() { try body([record(payload)]) }
        }
        try each("SELECT payload FROM services ORDER BY code") { .service(try decode(Service.self, $0)) }
        let areas = try String.fetchAll(db, sql: "SELECT payload FROM areas").map { try decode(Area.self, $0) }
        for area in AreaTree(areas).areasParentsFirst { try body([.area(area)]) }

        let offerings = try OwnedRows(db, "SELECT organization_id, payload FROM offerings ORDER BY organization_id, id")
        let needs = try OwnedRows(db, "SELECT organization_id, payload FROM needs ORDER BY organization_id, id")
        let organizations = try Row.fetchCursor(db, sql: "SELECT id, payload FROM organizations ORDER BY id")
        while let row = try organizations.next() {
            let id: String = row[0]
            var group: [Entity] = [.organization(try decode(Organization.self, row[1]))]
            try offerings.take(ownedBy: id) { group.append(.offering(try decode(Offering.self, $0))) }
            try needs.take(ownedBy: id) { group.append(.need(try decode(Need.self, $0))) }
            try body(group)
        }
        try each("SELECT payload FROM relationships ORDER BY id") { .relationship(try decode(Relationship.self, $0)) }
        try each("SELECT payload FROM referrals ORDER BY id") { .referral(try decode(Referral.self, $0)) }
        try each("SELECT payload FROM activity_reports ORDER BY id") { .activityReport(try decode(ActivityReport.self, $0)) }
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
