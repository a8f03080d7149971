import GRDB
import TejidoDirectory
import TejidoModel

/// Writes one record's row, and the lookup rows derived from it, in the store's tables.
enum Rows {
    /// Returns the rowid of the record's row as last inserted (meaningful only when it was new).
    @discardableResult
    static func write(_ entity: Entity, payload: String, exists: Bool, at now: String, in db: Database) throws -> Int64 {
        switch entity {
        case .service(let service):
            try db.fastExecute(
                "INSERT INTO services (code, parent, payload) VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET parent = excluded.parent, payload = excluded.payload",
                .text(service.code.rawValue), .text(service.parent?.rawValue), .text(payload))
        case .area(let area):
            try db.fastExecute(
                "INSERT INTO areas (id, parent, kind, payload) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET parent = excluded.parent, kind = excluded.kind, payload = excluded.payload",
                .text(area.id.rawValue), .text(area.parent?.rawValue), .text(area.kind.rawValue), .text(payload))
        case .organization(let organization):
            let id = organization.id.description
            try upsert(entity, payload: payload, at: now, in: db, sql: """
                INSERT INTO organizations (id, slug, name, country, locality, accepts_referrals, payload, created_at, updated_at, match_facts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET slug = excluded.slug, name = excluded.name, country = excluded.country,
                    locality = excluded.locality, accepts_referrals = excluded.accepts_referrals, payload = excluded.payload,
                    version = version + 1, updated_at = excluded.updated_at, match_facts = excluded.match_facts
                """)
            let rowID = db.lastInsertedRowID
            if exists {
                try db.fastExecute("DELETE FROM organization_kinds WHERE organization_id = ?", .text(id))
                try db.fastExecute("DELETE FROM organization_languages WHERE organization_id = ?", .text(id))
                try db.fastExecute("DELETE FROM organization_areas WHERE organization_id = ?", .text(id))
            }
            for kind in Set(organization.kinds) {
                try db.fastExecute("INSERT INTO organization_kinds (organization_id, kind) VALUES (?, ?)", .text(id), .text(kind.rawValue))
            }
            for language in Set(organization.languages.map(\.primary)) {
                try db.fastExecute("INSERT INTO organization_languages (organization_id, language) VALUES (?, ?)", .text(id), .text(language))
            }
            for area in Set(organization.locations.compactMap(\.area)) {
                try db.fastExecute("INSERT INTO organization_areas (organization_id, area_id, role) VALUES (?, ?, 'located')", .text(id), .text(area.rawValue))
            }
            for area in Set(organization.serviceAreas) {
                try db.fastExecute("INSERT INTO organization_areas (organization_id, area_id, role) VALUES (?, ?, 'serves')", .text(id), .text(area.rawValue))
            }
            return rowID
        case .offering(let offering):
            try upsert(entity, payload: payload, at: now, in: db, sql: """
                INSERT INTO offerings (id, organization_id, service_code, capacity_per_month, coop_fluent, payload, match_facts) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id, service_code = excluded.service_code,
                    capacity_per_month = excluded.capacity_per_month, coop_fluent = excluded.coop_fluent, payload = excluded.payload,
                    match_facts = excluded.match_facts
                """)
        case .need(let need):
            try upsert(entity, payload: payload, at: now, in: db, sql: """
                INSERT INTO needs (id, organization_id, service_code, status, urgency, payload) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id, service_code = excluded.service_code,
                    status = excluded.status, urgency = excluded.urgency, payload = excluded.payload
                """)
        case .relationship(let relationship):
            try upsert(entity, payload: payload, at: now, in: db, sql: """
                INSERT INTO relationships (id, kind, from_id, to_id, payload) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, from_id = excluded.from_id, to_id = excluded.to_id, payload = excluded.payload
                """)
        case .referral(let referral):
            try upsert(entity, payload: payload, at: now, in: db, sql: """
                INSERT INTO referrals (id, referrer_id, client_id, provider_id, service_code, status, payload, match_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET referrer_id = excluded.referrer_id, client_id = excluded.client_id, provider_id = excluded.provider_id,
                    service_code = excluded.service_code, status = excluded.status, payload = excluded.payload, match_facts = excluded.match_facts
                """)
        case .activityReport(let report):
            try upsert(entity, payload: payload, at: now, in: db, sql: """
                INSERT INTO activity_reports (id, organization_id, period_start, period_end, payload) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id, period_start = excluded.period_start,
                    period_end = excluded.period_end, payload = excluded.payload
                """)
        }
        return db.lastInsertedRowID
    }

    /// Runs `sql`, an upsert whose parameters are the columns ``RecordColumns`` binds, for `entity`.
    private static func upsert(_ entity: Entity, payload: String, at now: String, in db: Database, sql: String) throws {
        var statement = try FastStatement(db, sql)
        RecordColumns.bind(entity, payload: payload, at: now, to: &statement)
        try statement.execute(db)
    }
}
