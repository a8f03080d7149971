import GRDB

extension Schema {
    /// Migration `v3-explicit-keys`: every key of the record and lookup tables becomes a named
    /// `UNIQUE` index instead of a `PRIMARY KEY` or `UNIQUE` column constraint. The keys mean the
    /// same (the same columns are unique, upserts find the same conflicts, foreign keys find the
    /// same parents), but SQLite can drop a named index and never the automatic index of a
    /// constraint. A bulk load into a new database drops them with the other secondary indexes and
    /// builds each once from sorted rows at the end, instead of inserting random 36-character
    /// ids into a B-tree one row at a time, which at a million organizations no longer fits the
    /// page cache. The lookup tables (kinds, languages, areas) become ordinary rowid tables for
    /// the same reason. Rowids are kept, so the search rows still belong to their organizations.
    static func explicitKeys(_ db: Database) throws {
        for table in ExplicitKeyTable.all {
            try db.execute(sql: "CREATE TABLE \(table.name)_v3 (\n\(table.columns)\n)")
            let columns = try db.columns(in: table.name).map(\.name).joined(separator: ", ")
            let copied = table.keepsRowid ? "rowid, \(columns)" : columns
            try db.execute(sql: "INSERT INTO \(table.name)_v3 (\(copied)) SELECT \(copied) FROM \(table.name) ORDER BY \(table.order)")
            try db.execute(sql: "DROP TABLE \(table.name)")
            try db.execute(sql: "ALTER TABLE \(table.name)_v3 RENAME TO \(table.name)")
            for index in table.indexes { try db.execute(sql: index) }
        }
    }
}

/// One table as `v3-explicit-keys` defines it: its columns without key constraints, and every
/// index on it, keys first.
struct ExplicitKeyTable {
    let name: String
    let columns: String
    /// The order rows are copied in.
    let order: String
    let indexes: [String]
    /// Whether the table had rowids worth keeping (the lookup tables had none: `WITHOUT ROWID`).
    var keepsRowid: Bool { order == "rowid" }

    static let all: [ExplicitKeyTable] = [
        ExplicitKeyTable(
            name: "organizations",
            columns: """
                id TEXT NOT NULL,
                slug TEXT NOT NULL,
                name TEXT NOT NULL,
                country TEXT,
                locality TEXT,
                accepts_referrals INTEGER NOT NULL DEFAULT 1,
                payload TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
                """,
            order: "rowid",
            indexes: [
                "CREATE UNIQUE INDEX organizations_id ON organizations(id)",
                "CREATE UNIQUE INDEX organizations_slug ON organizations(slug)",
                "CREATE INDEX organizations_country ON organizations(country)",
            ]),
        ExplicitKeyTable(
            name: "organization_kinds",
            columns: """
                organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                kind TEXT NOT NULL
                """,
            order: "organization_id, kind",
            indexes: [
                "CREATE UNIQUE INDEX organization_kinds_key ON organization_kinds(organization_id, kind)",
                "CREATE INDEX organization_kinds_kind ON organization_kinds(kind)",
            ]),
        ExplicitKeyTable(
            name: "organization_languages",
            columns: """
                organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                language TEXT NOT NULL
                """,
            order: "organization_id, language",
            indexes: [
                "CREATE UNIQUE INDEX organization_languages_key ON organization_languages(organization_id, language)",
                "CREATE INDEX organization_languages_language ON organization_languages(language)",
            ]),
        ExplicitKeyTable(
            name: "organization_areas",
            columns: """
                organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                area_id TEXT NOT NULL REFERENCES areas(id),
                role TEXT NOT NULL CHECK (role IN ('located', 'serves'))
                """,
            order: "organization_id, area_id, role",
            indexes: [
                "CREATE UNIQUE INDEX organization_areas_key ON organization_areas(organization_id, area_id, role)",
                "CREATE INDEX organization_areas_area ON organization_areas(area_id)",
            ]),
        ExplicitKeyTable(
            name: "offerings",
            columns: """
                id TEXT NOT NULL,
                organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                service_code TEXT NOT NULL REFERENCES services(code),
                capacity_per_month INTEGER,
                coop_fluent INTEGER,
                payload TEXT NOT NULL
                """,
            order: "rowid",
            indexes: [
                "CREATE UNIQUE INDEX offerings_id ON offerings(id)",
                "CREATE INDEX offerings_service ON offerings(service_code, organization_id)",
                "CREATE INDEX offerings_organization ON offerings(organization_id)",
            ]),
        ExplicitKeyTable(
            name: "needs",
            columns: """
                id TEXT NOT NULL,
                organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                service_code TEXT NOT NULL REFERENCES services(code),
                status TEXT NOT NULL,
                urgency TEXT NOT NULL,
                payload TEXT NOT NULL
                """,
            order: "rowid",
            indexes: [
                "CREATE UNIQUE INDEX needs_id ON needs(id)",
                "CREATE INDEX needs_service ON needs(service_code, status)",
                "CREATE INDEX needs_organization ON needs(organization_id)",
            ]),
        ExplicitKeyTable(
            name: "relationships",
            columns: """
                id TEXT NOT NULL,
                kind TEXT NOT NULL,
                from_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                to_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                payload TEXT NOT NULL
                """,
            order: "rowid",
            indexes: [
                "CREATE UNIQUE INDEX relationships_id ON relationships(id)",
                "CREATE INDEX relationships_from ON relationships(from_id)",
                "CREATE INDEX relationships_to ON relationships(to_id)",
            ]),
        ExplicitKeyTable(
            name: "referrals",
            columns: """
                id TEXT NOT NULL,
                referrer_id TEXT NOT NULL REFERENCES organizations(id),
                client_id TEXT NOT NULL REFERENCES organizations(id),
                provider_id TEXT NOT NULL REFERENCES organizations(id),
                service_code TEXT NOT NULL REFERENCES services(code),
                status TEXT NOT NULL,
                payload TEXT NOT NULL
                """,
            order: "rowid",
            indexes: [
                "CREATE UNIQUE INDEX referrals_id ON referrals(id)",
                "CREATE INDEX referrals_provider ON referrals(provider_id, status)",
                "CREATE INDEX referrals_client ON referrals(client_id)",
            ]),
        ExplicitKeyTable(
            name: "activity_reports",
            columns: """
                id TEXT NOT NULL,
                organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                period_start TEXT NOT NULL,
                period_end TEXT NOT NULL,
                payload TEXT NOT NULL
                """,
            order: "rowid",
            indexes: [
                "CREATE UNIQUE INDEX activity_reports_id ON activity_reports(id)",
                "CREATE INDEX activity_reports_organization ON activity_reports(organization_id, period_start)",
            ]),
    ]
}
