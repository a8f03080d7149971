import GRDB
import TejidoModel

/// Writes one record's row, and the lookup rows derived from it, in the store's tables.
enum Rows {
    static func write(_ entity: Entity, payload: String, exists: Bool, at now: String, in db: Database) throws {
        switch entity {
        case .service(let service):
            try db.execute(
                sql: "INSERT INTO services (code, parent, payload) VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET parent = excluded.parent, payload = excluded.payload",
                arguments: [service.code.rawValue, service.parent?.rawValue, payload])
        case .area(let area):
            try db.execute(
                sql: "INSERT INTO areas (id, parent, kind, payload) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET parent = excluded.parent, kind = excluded.kind, payload = excluded.payload",
                arguments: [area.id.rawValue, area.parent?.rawValue, area.kind.rawValue, payload])
        case .organization(let organization):
            let id = organization.id.description
            try db.execute(
                sql: """
                    INSERT INTO organizations (id, slug, name, country, locality, accepts_referrals, payload, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET slug = excluded.slug, name = excluded.name, country = excluded.country,
                        locality = excluded.locality, accepts_referrals = excluded.accepts_referrals, payload = excluded.payload,
                        version = version + 1, updated_at = excluded.updated_at
                    """,
                arguments: [id, organization.slug.rawValue, organization.name, organization.country, organization.locations.first?.locality,
                            organization.acceptsReferrals, payload, now, now])
            if exists {
                for table in ["organization_kinds", "organization_languages", "organization_areas"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE organization_id = ?", arguments: [id])
                }
            }
            for kind in Set(organization.kinds) {
                try db.execute(sql: "INSERT INTO organization_kinds (organization_id, kind) VALUES (?, ?)", arguments: [id, kind.rawValue])
            }
            for language in Set(organization.languages.map(\.primary)) {
                try db.execute(sql: "INSERT INTO organization_languages (organization_id, language) VALUES (?, ?)", arguments: [id, language])
            }
            for area in Set(organization.locations.compactMap(\.area)) {
                try db.execute(sql: "INSERT INTO organization_areas (organization_id, area_id, role) VALUES (?, ?, 'located')", arguments: [id, area.rawValue])
            }
            for area in Set(organization.serviceAreas) {
                try db.execute(sql: "INSERT INTO organization_areas (organization_id, area_id, role) VALUES (?, ?, 'serves')", arguments: [id, area.rawValue])
            }
        case .offering(let offering):
            try db.execute(
                sql: """
                    INSERT INTO offerings (id, organization_id, service_code, capacity_per_month, coop_fluent, payload) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id, service_code = excluded.service_code,
                        capacity_per_month = excluded.capacity_per_month, coop_fluent = excluded.coop_fluent, payload = excluded.payload
                    """,
                arguments: [offering.id.description, offering.organization.description, offering.service.rawValue, offering.capacityPerMonth, offering.coopFluent, payload])
        case .need(let need):
            try db.execute(
                sql: """
                    INSERT INTO needs (id, organization_id, service_code, status, urgency, payload) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id, service_code = excluded.service_code,
                        status = excluded.status, urgency = excluded.urgency, payload = excluded.payload
                    """,
                arguments: [need.id.description, need.organization.description, need.service.rawValue, need.status.rawValue, need.urgency.rawValue, payload])
        case .relationship(let relationship):
            try db.execute(
                sql: """
                    INSERT INTO relationships (id, kind, from_id, to_id, payload) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, from_id = excluded.from_id, to_id = excluded.to_id, payload = excluded.payload
                    """,
                arguments: [relationship.id.description, relationship.kind.rawValue, relationship.from.description, relationship.to.description, payload])
        case .referral(let referral):
            try db.execute(
                sql: """
                    INSERT INTO referrals (id, referrer_id, client_id, provider_id, service_code, status, payload) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET referrer_id = excluded.referrer_id, client_id = excluded.client_id, provider_id = excluded.provider_id,
                        service_code = excluded.service_code, status = excluded.status, payload = excluded.payload
                    """,
                arguments: [referral.id.description, referral.referrer.description, referral.client.description, referral.provider.description,
                            referral.service.rawValue, referral.status.rawValue, payload])
        case .activityReport(let report):
            try db.execute(
                sql: """
                    INSERT INTO activity_reports (id, organization_id, period_start, period_end, payload) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id, period_start = excluded.period_start,
                        period_end = excluded.period_end, payload = excluded.payload
                    """,
                arguments: [report.id.description, report.reportingOrganization.description, report.periodStart.rawValue, report.periodEnd.rawValue, payload])
        }
    }
}
