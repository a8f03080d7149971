import Foundation
import GRDB
import TejidoModel

extension SQLiteStore {
    public func dataset() async throws -> DirectoryDataset {
        try await reading { db in try Self.dataset(db) }
    }

    /// Every record `db` holds, each table in id order.
    static func dataset(_ db: Database) throws -> DirectoryDataset {
        let decoder = TejidoJSON.decoder()
        func all<T: Decodable>(_ type: T.Type, _ sql: String) throws -> [T] {
            try String.fetchAll(db, sql: sql).map { try decoder.decode(T.self, from: Data($0.utf8)) }
        }
        return DirectoryDataset(
            services: try all(Service.self, "SELECT payload FROM services ORDER BY code"),
            areas: try all(Area.self, "SELECT payload FROM areas ORDER BY id"),
            organizations: try all(Organization.self, "SELECT payload FROM organizations ORDER BY id"),
            offerings: try all(Offering.self, "SELECT payload FROM offerings ORDER BY id"),
            needs: try all(Need.self, "SELECT payload FROM needs ORDER BY id"),
            relationships: try all(Relationship.self, "SELECT payload FROM relationships ORDER BY id"),
            referrals: try all(Referral.self, "SELECT payload FROM referrals ORDER BY id"),
            activityReports: try all(ActivityReport.self, "SELECT payload FROM activity_reports ORDER BY id")
        )
    }

    public func profile(_ idOrSlug: String) async throws -> OrganizationProfile? {
        try await reading { db in
            let decoder = TejidoJSON.decoder()
            guard let payload = try String.fetchOne(db, sql: "SELECT payload FROM organizations WHERE id = ? OR slug = ?", arguments: [idOrSlug.lowercased(), idOrSlug]) else {
                return nil
            }
            let organization = try decoder.decode(Organization.self, from: Data(payload.utf8))
            let id = organization.id.description
            func all<T: Decodable>(_ type: T.Type, _ sql: String) throws -> [T] {
                try String.fetchAll(db, sql: sql, arguments: [id]).map { try decoder.decode(T.self, from: Data($0.utf8)) }
            }
            let links = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.payload, r.from_id = ? AS outgoing, o.id AS other_id, o.slug, o.name
                    FROM relationships r JOIN organizations o ON o.id = CASE WHEN r.from_id = ? THEN r.to_id ELSE r.from_id END
                    WHERE r.from_id = ? OR r.to_id = ?
                    ORDER BY r.kind, o.name
                    """,
                arguments: [id, id, id, id]
            ).map { row in
                OrganizationProfile.Link(
                    relationship: try decoder.decode(Relationship.self, from: Data((row["payload"] as String).utf8)),
                    outgoing: row["outgoing"], other: OrganizationID(row["other_id"] as String)!, otherSlug: Slug(row["slug"] as String),
                    otherName: row["name"])
            }
            return OrganizationProfile(
                organization: organization,
                offerings: try all(Offering.self, "SELECT payload FROM offerings WHERE organization_id = ? ORDER BY service_code"),
                needs: try all(Need.self, "SELECT payload FROM needs WHERE organization_id = ? ORDER BY service_code"),
                links: links,
                activityReports: try all(ActivityReport.self, "SELECT payload FROM activity_reports WHERE organization_id = ? ORDER BY period_start")
            )
        }
    }

    public func slugs() async throws -> [Slug] {
        try await reading { db in try String.fetchAll(db, sql: "SELECT slug FROM organizations ORDER BY slug").map { Slug($0) } }
    }

    public func stats() async throws -> DirectoryStats {
        try await reading { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            var byCountry: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT coalesce(country, '') AS country, count(*) AS n FROM organizations GROUP BY country") {
                let country: String = row["country"]
                let n: Int = row["n"]
                byCountry[country] = n
            }
            return DirectoryStats(
                organizations: try count("organizations"), byCountry: byCountry,
                offerings: try count("offerings"), needs: try count("needs"), relationships: try count("relationships"),
                services: try count("services"), areas: try count("areas"), activityReports: try count("activity_reports"))
        }
    }

    public func changes(after seq: Int64, limit: Int) async throws -> [Change] {
        try await reading { db in
            let formatter = ISO8601DateFormatter()
            return try Row.fetchAll(
                db, sql: "SELECT seq, at, operation, entity, entity_id, payload FROM changes WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [seq, limit]
            ).map { row in
                let kind = EntityKind(rawValue: row["entity"])!
                let operation = Change.Operation(rawValue: row["operation"])!
                let id: String = row["entity_id"]
                // Bulk imports log only the id: the record is read from its table (its current
                // version, which is what a follower converges to).
                var payload: String? = row["payload"]
                if operation == .upsert && payload == nil {
                    payload = try String.fetchOne(
                        db, sql: "SELECT payload FROM \(Self.table(kind)) WHERE \(Self.key(kind)) = ?", arguments: [id])
                }
                return Change(
                    seq: row["seq"], at: formatter.date(from: row["at"]) ?? Date(timeIntervalSince1970: 0),
                    operation: payload == nil ? .delete : operation, kind: kind, id: id,
                    entity: try payload.map { try Entity.decode(kind, payload: $0) })
            }
        }
    }

    public func taxonomy() async throws -> Taxonomy {
        try await reading { db in
            Taxonomy(try String.fetchAll(db, sql: "SELECT payload FROM services").map { try TejidoJSON.decoder().decode(Service.self, from: Data($0.utf8)) })
        }
    }

    public func areaTree() async throws -> AreaTree {
        try await reading { db in
            AreaTree(try String.fetchAll(db, sql: "SELECT payload FROM areas").map { try TejidoJSON.decoder().decode(Area.self, from: Data($0.utf8)) })
        }
    }
}
