import GRDB
import TejidoModel

/// The SQLite schema, as append-only named migrations: a shipped migration is never edited; a
/// change is a new migration.
enum Schema {
    /// Marks a SQLite file as Tejido's (`PRAGMA application_id`, "TEJD"), so a foreign file is
    /// recognised and refused rather than altered.
    static let applicationID: Int32 = 0x5445_4A44

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-directory") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE services (
                    code TEXT PRIMARY KEY NOT NULL,
                    parent TEXT REFERENCES services(code),
                    payload TEXT NOT NULL
                );
                CREATE TABLE areas (
                    id TEXT PRIMARY KEY NOT NULL,
                    parent TEXT REFERENCES areas(id),
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                CREATE TABLE organizations (
                    id TEXT PRIMARY KEY NOT NULL,
                    slug TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    country TEXT,
                    locality TEXT,
                    accepts_referrals INTEGER NOT NULL DEFAULT 1,
                    payload TEXT NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX organizations_country ON organizations(country);
                CREATE TABLE organization_kinds (
                    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (organization_id, kind)
                ) WITHOUT ROWID;
                CREATE INDEX organization_kinds_kind ON organization_kinds(kind);
                CREATE TABLE organization_languages (
                    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    language TEXT NOT NULL,
                    PRIMARY KEY (organization_id, language)
                ) WITHOUT ROWID;
                CREATE INDEX organization_languages_language ON organization_languages(language);
                CREATE TABLE organization_areas (
                    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    area_id TEXT NOT NULL REFERENCES areas(id),
                    role TEXT NOT NULL CHECK (role IN ('located', 'serves')),
                    PRIMARY KEY (organization_id, area_id, role)
                ) WITHOUT ROWID;
                CREATE INDEX organization_areas_area ON organization_areas(area_id);
                CREATE TABLE offerings (
                    id TEXT PRIMARY KEY NOT NULL,
                    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    service_code TEXT NOT NULL REFERENCES services(code),
                    capacity_per_month INTEGER,
                    coop_fluent INTEGER,
                    payload TEXT NOT NULL
                );
                CREATE INDEX offerings_service ON offerings(service_code, organization_id);
                CREATE INDEX offerings_organization ON offerings(organization_id);
                CREATE TABLE needs (
                    id TEXT PRIMARY KEY NOT NULL,
                    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    service_code TEXT NOT NULL REFERENCES services(code),
                    status TEXT NOT NULL,
                    urgency TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                CREATE INDEX needs_service ON needs(service_code, status);
                CREATE INDEX needs_organization ON needs(organization_id);
                CREATE TABLE relationships (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    from_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    to_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    payload TEXT NOT NULL
                );
                CREATE INDEX relationships_from ON relationships(from_id);
                CREATE INDEX relationships_to ON relationships(to_id);
                CREATE TABLE referrals (
                    id TEXT PRIMARY KEY NOT NULL,
                    referrer_id TEXT NOT NULL REFERENCES organizations(id),
                    client_id TEXT NOT NULL REFERENCES organizations(id),
                    provider_id TEXT NOT NULL REFERENCES organizations(id),
                    service_code TEXT NOT NULL REFERENCES services(code),
                    status TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                CREATE INDEX referrals_provider ON referrals(provider_id, status);
                CREATE INDEX referrals_client ON referrals(client_id);
                CREATE TABLE activity_reports (
                    id TEXT PRIMARY KEY NOT NULL,
                    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
                    period_start TEXT NOT NULL,
                    period_end TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                CREATE INDEX activity_reports_organization ON activity_reports(organization_id, period_start);
                CREATE TABLE changes (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    operation TEXT NOT NULL CHECK (operation IN ('upsert', 'delete')),
                    entity TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    payload TEXT
                );
                CREATE VIRTUAL TABLE organization_search USING fts5(
                    names, services, descriptions,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """)
        }
        migrator.registerMigration("v2-search-service-codes") { db in
            // Service words leave the full-text index: `services` stays as unindexed text for
            // ranking, and `service_codes` indexes one token per code offered. A query word finds
            // a service through the taxonomy (SearchRows.matchExpression), so the index no longer
            // repeats every label and synonym of every service for every organization.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE organization_search_v2 USING fts5(
                    names, services UNINDEXED, descriptions, service_codes,
                    tokenize = 'unicode61 remove_diacritics 2'
                )
                """)
            var codes: [Int64: [ServiceCode]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT o.rowid, f.service_code FROM offerings f JOIN organizations o ON o.id = f.organization_id")
            while let row = try rows.next() { codes[row[0], default: []].append(ServiceCode(row[1] as String)) }
            let insert = try db.makeStatement(sql: """
                INSERT INTO organization_search_v2 (rowid, names, services, descriptions, service_codes)
                SELECT rowid, names, services, descriptions, ? FROM organization_search WHERE rowid = ?
                """)
            for rowID in try Int64.fetchAll(db, sql: "SELECT rowid FROM organization_search") {
                try insert.execute(arguments: [SearchRows.serviceTokens(codes[rowID] ?? []), rowID])
            }
            try db.execute(sql: "DROP TABLE organization_search")
            try db.execute(sql: "ALTER TABLE organization_search_v2 RENAME TO organization_search")
        }
        migrator.registerMigration("v3-explicit-keys", migrate: explicitKeys)
        migrator.registerMigration("v4-match-facts") { db in
            // What the matcher needs that lived only in payloads, as compact bytes beside them
            // (OrganizationMatchFacts, OfferingMatchFacts, ReferralFact.bits), so a directory
            // snapshot is built from narrow columns without decoding JSON.
            try db.execute(sql: """
                ALTER TABLE organizations ADD COLUMN match_facts BLOB;
                ALTER TABLE offerings ADD COLUMN match_facts BLOB;
                ALTER TABLE referrals ADD COLUMN match_facts INTEGER;
                """)
            try MatchFactsBackfill.run(db)
        }
        migrator.registerMigration("v5-profile-facts") { db in
            // Organization facts gain the co-op fluency as stated and the kinds in record order
            // (OrganizationMatchFacts format 2), so a query's summary of a provider is read from
            // columns and facts without decoding its payload. The old bytes are rewritten.
            try db.execute(sql: "UPDATE organizations SET match_facts = NULL")
            try MatchFactsBackfill.run(db)
        }
        migrator.registerMigration("v6-leaner-indexes") { db in
            // Two indexes no query reads: the --kind and --lang filters find an organization's
            // rows through the lookup tables' keys, which lead with organization_id. Each cost a
            // sort of a million-row table at the end of every large load.
            try db.execute(sql: "DROP INDEX organization_kinds_kind; DROP INDEX organization_languages_language")
            // The full-text table without per-row column sizes (FTS5's `columnsize = 0`): they
            // serve only bm25 and xColumnSize, and search ranks with tejido_search_score, so the
            // docsize row each organization wrote was never read.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE organization_search_v6 USING fts5(
                    names, services UNINDEXED, descriptions, service_codes,
                    tokenize = 'unicode61 remove_diacritics 2', columnsize = 0
                )
                """)
            try db.execute(sql: """
                INSERT INTO organization_search_v6 (rowid, names, services, descriptions, service_codes)
                SELECT rowid, names, services, descriptions, service_codes FROM organization_search
                """)
            try db.execute(sql: "DROP TABLE organization_search")
            try db.execute(sql: "ALTER TABLE organization_search_v6 RENAME TO organization_search")
        }
        return migrator
    }
}
