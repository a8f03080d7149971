import Foundation
import GRDB

/// The referral ranking as one SQL query over the store's own tables: what a developer would write
/// without the in-memory matcher. It applies the same hard filters (takes referrals, shares a
/// language, serves the client's area or lies within the radius, has places left this month) and
/// ranks by a weighted sum, with the matcher's default weights, of the features SQL can compute:
///
/// - service fit: 1 for the needed code, 0.8 below it, 0.6 above it (from `services.parent`);
/// - co-op fluency: the offering's flag, else the organization's level or co-op clients / 20;
/// - geographic fit: 1 serves the client's area or one containing it, 0.7 part of it, else
///   0.6·r/(r+d) with d the haversine distance;
/// - language: 1 in the client's first language, 0.7 another it speaks, 0.5 when either states none;
/// - population fit: 0.5 for a general provider, 0.25 when the client states none, else 1 / filtered;
/// - track record: (met + ½ partly + 2) / (decided + 4) over the provider's referrals;
/// - network proximity: 1 for a direct collaboration, partnership, agreement or membership edge
///   (a stand-in: the matcher's personalized PageRank is not expressible in one query);
/// - capacity headroom: places left / capacity (0.5 unknown), load = referrals sent or accepted;
/// - cost fit: free 1, sliding scale 0.8, paid 0.4, unknown 0.5.
///
/// Not reproduced: sibling codes (the matcher's fallback when nothing else qualifies) and
/// explanations in sentences; the query returns every feature value of each row instead.
/// It runs on a copy of the database (`VACUUM INTO`) with the indexes it needs added.
struct SQLBaseline {
    let queue: DatabaseQueue
    /// Seconds to copy the database and create the indexes.
    let prepareSeconds: Double

    /// The indexes the query needs beyond the schema's own.
    static let indexes = [
        "CREATE INDEX bench_services_parent ON services(parent)",
        "CREATE INDEX bench_areas_parent ON areas(parent)",
        "CREATE INDEX bench_referrals_provider_service ON referrals(provider_id, service_code, status)",
        "CREATE INDEX bench_relationships_pair ON relationships(from_id, to_id, kind)",
    ]

    /// Copies the store at `source` to `copy` and indexes it.
    init(source: URL, copy: URL) throws {
        Workspace.removeDatabase(copy)
        let start = Clock.now()
        var readOnly = Configuration()
        readOnly.readonly = true
        let original = try DatabaseQueue(path: source.path, configuration: readOnly)
        try original.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [copy.path]) }
        try original.close()
        queue = try DatabaseQueue(path: copy.path)
        try queue.inDatabase { db in
            for sql in Self.indexes { try db.execute(sql: sql) }
            try db.execute(sql: "ANALYZE")
        }
        prepareSeconds = Double(Clock.now() - start) / 1e9
    }

    /// The query, with the weights written in.
    static func sql(weights: [String: Double]) -> String {
        func w(_ name: String) -> String { String(weights[name] ?? 0) }
        return """
            WITH RECURSIVE
            client AS (
                SELECT id,
                    json_extract(payload, '$.locations[0].lat') AS lat,
                    json_extract(payload, '$.locations[0].lon') AS lon,
                    json_extract(payload, '$.languages[0]') AS first_language,
                    coalesce(json_array_length(payload, '$.populations_served'), 0) AS populations,
                    payload
                FROM organizations WHERE id = :client
            ),
            client_languages AS (SELECT language FROM organization_languages WHERE organization_id = :client),
            client_home AS (
                SELECT area_id FROM organization_areas
                WHERE organization_id = :client AND (role = 'located'
                    OR NOT EXISTS (SELECT 1 FROM organization_areas WHERE organization_id = :client AND role = 'located'))
            ),
            home_up(id) AS (
                SELECT area_id FROM client_home
                UNION SELECT a.parent FROM areas a JOIN home_up h ON a.id = h.id WHERE a.parent IS NOT NULL
            ),
            home_down(id) AS (
                SELECT area_id FROM client_home
                UNION SELECT a.id FROM areas a JOIN home_down d ON a.parent = d.id
            ),
            need_down(code) AS (
                SELECT :need
                UNION SELECT s.code FROM services s JOIN need_down d ON s.parent = d.code
            ),
            need_up(code) AS (
                SELECT parent FROM services WHERE code = :need AND parent IS NOT NULL
                UNION SELECT s.parent FROM services s JOIN need_up u ON s.code = u.code WHERE s.parent IS NOT NULL
            ),
            tiers(code, fit) AS (
                SELECT code, CASE WHEN code = :need THEN 1.0 ELSE 0.8 END FROM need_down
                UNION ALL SELECT code, 0.6 FROM need_up
            ),
            candidates AS (
                SELECT f.organization_id AS provider, f.service_code AS service, t.fit AS service_fit,
                    f.capacity_per_month AS capacity, f.coop_fluent AS coop_fluent,
                    json_extract(f.payload, '$.cost') AS cost,
                    o.payload AS org_payload,
                    (SELECT count(*) FROM referrals r
                        WHERE r.provider_id = f.organization_id AND r.service_code = f.service_code AND r.status IN ('sent', 'accepted')) AS load,
                    EXISTS (SELECT 1 FROM organization_areas s JOIN home_up h ON s.area_id = h.id
                        WHERE s.organization_id = f.organization_id AND s.role = 'serves') AS covers,
                    EXISTS (SELECT 1 FROM organization_areas s JOIN home_down d ON s.area_id = d.id
                        WHERE s.organization_id = f.organization_id AND s.role = 'serves') AS within,
                    json_extract(o.payload, '$.locations[0].lat') AS lat,
                    json_extract(o.payload, '$.locations[0].lon') AS lon,
                    EXISTS (SELECT 1 FROM organization_languages l WHERE l.organization_id = f.organization_id) AS has_languages,
                    EXISTS (SELECT 1 FROM organization_languages l JOIN client_languages c USING (language)
                        WHERE l.organization_id = f.organization_id) AS shares_language,
                    EXISTS (SELECT 1 FROM organization_languages l, client c
                        WHERE l.organization_id = f.organization_id AND l.language = c.first_language) AS speaks_first,
                    coalesce(json_array_length(o.payload, '$.populations_served'), 0) AS populations
                FROM tiers t
                JOIN offerings f ON f.service_code = t.code
                JOIN organizations o ON o.id = f.organization_id
                WHERE f.organization_id <> :client AND o.accepts_referrals = 1
            ),
            placed AS (
                SELECT c.*,
                    CASE WHEN c.lat IS NULL OR client.lat IS NULL THEN NULL ELSE
                        2 * 6371.0088 * asin(min(1, sqrt(
                            pow(sin(radians(c.lat - client.lat) / 2), 2)
                            + cos(radians(client.lat)) * cos(radians(c.lat)) * pow(sin(radians(c.lon - client.lon) / 2), 2))))
                    END AS distance
                FROM candidates c, client
            ),
            passed AS (
                SELECT p.* FROM placed p, client
                WHERE (NOT EXISTS (SELECT 1 FROM client_languages) OR NOT p.has_languages OR p.shares_language)
                    AND (NOT EXISTS (SELECT 1 FROM client_home) OR p.covers OR p.within OR p.distance <= :radius)
                    AND (p.capacity IS NULL OR p.capacity - p.load > 0)
                    AND (p.populations = 0 OR client.populations = 0 OR EXISTS (
                        SELECT 1 FROM json_each(p.org_payload, '$.populations_served') a, json_each(client.payload, '$.populations_served') b
                        WHERE a.value = b.value))
            ),
            featured AS (
                SELECT p.provider, p.service, p.distance,
                    p.service_fit,
                    CASE WHEN p.coop_fluent = 1 THEN 1.0 ELSE max(
                        CASE json_extract(p.org_payload, '$.coop_fluency.level') WHEN 'expert' THEN 1.0 WHEN 'some' THEN 0.5 ELSE 0.0 END,
                        min(1.0, coalesce(json_extract(p.org_payload, '$.coop_fluency.coop_clients'), 0) / 20.0)) END AS coop_fluency,
                    CASE WHEN NOT EXISTS (SELECT 1 FROM client_home) THEN 0.5 WHEN p.covers THEN 1.0 WHEN p.within THEN 0.7
                        WHEN p.distance IS NULL THEN 0.0 ELSE 0.6 * :radius / (:radius + p.distance) END AS geographic_fit,
                    CASE WHEN NOT EXISTS (SELECT 1 FROM client_languages) OR NOT p.has_languages THEN 0.5
                        WHEN p.speaks_first THEN 1.0 ELSE 0.7 END AS language,
                    CASE WHEN p.populations = 0 THEN 0.5 WHEN (SELECT populations FROM client) = 0 THEN 0.25 ELSE 1.0 END AS population_fit,
                    (SELECT (coalesce(sum(CASE json_extract(r.payload, '$.outcome.result') WHEN 'met' THEN 1.0 WHEN 'partly' THEN 0.5 ELSE 0.0 END), 0) + 2.0)
                        / (coalesce(sum(r.status IN ('declined', 'expired', 'completed')), 0) + 4.0)
                        FROM referrals r WHERE r.provider_id = p.provider) AS track_record,
                    EXISTS (SELECT 1 FROM relationships e
                        WHERE e.kind IN ('collaborated_with', 'partner_of', 'party_to_agreement', 'member_of')
                            AND ((e.from_id = :client AND e.to_id = p.provider) OR (e.from_id = p.provider AND e.to_id = :client))) AS network_proximity,
                    CASE WHEN p.capacity IS NULL THEN 0.5 ELSE (p.capacity - p.load) * 1.0 / p.capacity END AS capacity_headroom,
                    CASE p.cost WHEN 'free' THEN 1.0 WHEN 'sliding_scale' THEN 0.8 WHEN 'paid' THEN 0.4 ELSE 0.5 END AS cost_fit
                FROM passed p
            ),
            scored AS (
                SELECT *,
                    \(w("service_fit")) * service_fit + \(w("coop_fluency")) * coop_fluency + \(w("geographic_fit")) * geographic_fit
                    + \(w("language")) * language + \(w("population_fit")) * population_fit + \(w("track_record")) * track_record
                    + \(w("network_proximity")) * network_proximity + \(w("capacity_headroom")) * capacity_headroom + \(w("cost_fit")) * cost_fit AS score
                FROM featured
            )
            SELECT provider, max(score) AS score, service, distance, service_fit, coop_fluency, geographic_fit, language, population_fit,
                track_record, network_proximity, capacity_headroom, cost_fit
            FROM scored
            GROUP BY provider
            ORDER BY score DESC, provider
            LIMIT :limit
            """
    }

    /// Runs the query for each (client, need) and calls `body` with the providers found and the time taken.
    func run(_ pairs: [(client: String, need: String)], radiusKm: Double, limit: Int, weights: [String: Double], _ body: ([String], UInt64) -> Void) throws {
        let sql = Self.sql(weights: weights)
        try queue.inDatabase { db in
            let statement = try db.makeStatement(sql: sql)
            for pair in pairs {
                let start = Clock.now()
                let rows = try Row.fetchAll(statement, arguments: ["client": pair.client, "need": pair.need, "radius": radiusKm, "limit": limit])
                let elapsed = Clock.now() - start
                body(rows.map { $0["provider"] as String }, elapsed)
            }
        }
    }

    /// The query plan, for the report.
    func plan(weights: [String: Double]) throws -> [String] {
        try queue.inDatabase { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Self.sql(weights: weights), arguments: ["client": "", "need": "", "radius": 50.0, "limit": 20])
                .map { $0["detail"] as String }
        }
    }
}
