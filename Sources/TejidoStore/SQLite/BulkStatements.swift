import Foundation
import GRDB
import TejidoDirectory
import TejidoModel

/// The statements of a bulk write, prepared once and held for its whole length: no statement
/// cache lookup per row, and the rows of one record that go to the same table in one `INSERT`.
/// Used only for records that are new, so every insert is a plain `INSERT`.
final class BulkStatements {
    /// The statements that write one row or answer one question.
    enum Single: Int, CaseIterable {
        case organization, offering, need, relationship, referral, activityReport, searchRow, slugOwner

        var sql: String {
            switch self {
            case .organization:
                "INSERT INTO organizations (id, slug, name, country, locality, accepts_referrals, payload, created_at, updated_at, match_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            case .offering:
                "INSERT INTO offerings (id, organization_id, service_code, capacity_per_month, coop_fluent, payload, match_facts) VALUES (?, ?, ?, ?, ?, ?, ?)"
            case .need:
                "INSERT INTO needs (id, organization_id, service_code, status, urgency, payload) VALUES (?, ?, ?, ?, ?, ?)"
            case .relationship:
                "INSERT INTO relationships (id, kind, from_id, to_id, payload) VALUES (?, ?, ?, ?, ?)"
            case .referral:
                "INSERT INTO referrals (id, referrer_id, client_id, provider_id, service_code, status, payload, match_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            case .activityReport:
                "INSERT INTO activity_reports (id, organization_id, period_start, period_end, payload) VALUES (?, ?, ?, ?, ?)"
            case .searchRow:
                "INSERT INTO organization_search (rowid, names, services, descriptions, service_codes) VALUES (?, ?, '', ?, ?)"
            case .slugOwner:
                "SELECT id FROM organizations WHERE slug = ?"
            }
        }
    }

    /// The tables that take several rows of one record in one statement.
    enum Many: Int, CaseIterable {
        case kinds, languages, areas, changes

        var prefix: String {
            switch self {
            case .kinds: "INSERT INTO organization_kinds (organization_id, kind) VALUES "
            case .languages: "INSERT INTO organization_languages (organization_id, language) VALUES "
            case .areas: "INSERT INTO organization_areas (organization_id, area_id, role) VALUES "
            case .changes: "INSERT INTO changes (at, operation, entity, entity_id) VALUES "
            }
        }

        var row: String {
            switch self {
            case .kinds, .languages: "(?, ?)"
            case .areas: "(?, ?, ?)"
            case .changes: "(?, 'upsert', ?, ?)"
            }
        }
    }

    /// The most rows one statement takes; more are written in several.
    static let maxRows = 16

    private let db: Database
    private var singles: [Statement?] = Array(repeating: nil, count: Single.allCases.count)
    private var manies: [[Statement?]] = Array(repeating: Array(repeating: nil, count: maxRows + 1), count: Many.allCases.count)

    init(_ db: Database) {
        self.db = db
    }

    /// The statement for one row, ready to bind.
    func single(_ kind: Single) throws -> FastStatement {
        if let statement = singles[kind.rawValue] { return FastStatement(statement) }
        let statement = try db.makeStatement(sql: kind.sql)
        singles[kind.rawValue] = statement
        return FastStatement(statement)
    }

    /// The statement for `count` rows (1 … ``maxRows``) of `table`, ready to bind.
    func many(_ table: Many, count: Int) throws -> FastStatement {
        if let statement = manies[table.rawValue][count] { return FastStatement(statement) }
        let statement = try db.makeStatement(sql: table.prefix + Array(repeating: table.row, count: count).joined(separator: ", "))
        manies[table.rawValue][count] = statement
        return FastStatement(statement)
    }

    /// Writes `rows` into `table`, ``maxRows`` at a time; `bind` binds one row's values.
    func insert<Row>(_ table: Many, _ rows: [Row], bind: (inout FastStatement, Row) -> Void) throws {
        var start = 0
        while start < rows.count {
            let end = min(start + Self.maxRows, rows.count)
            var statement = try many(table, count: end - start)
            for row in rows[start..<end] { bind(&statement, row) }
            try statement.execute(db)
            start = end
        }
    }

    /// Inserts a new record's row and the lookup rows derived from it; returns the row's rowid.
    /// `facts` are its match facts when already worked out.
    @discardableResult
    func insert(_ entity: Entity, payload: String, facts: [UInt8]? = nil, at now: String) throws -> Int64 {
        let kind: Single
        switch entity {
        case .organization: kind = .organization
        case .offering: kind = .offering
        case .need: kind = .need
        case .relationship: kind = .relationship
        case .referral: kind = .referral
        case .activityReport: kind = .activityReport
        case .service, .area: return try Rows.write(entity, payload: payload, exists: false, at: now, in: db)
        }
        var statement = try single(kind)
        RecordColumns.bind(entity, payload: payload, facts: facts, at: now, to: &statement)
        try statement.execute(db)
        let rowID = db.lastInsertedRowID
        if case .organization(let organization) = entity {
            let id = organization.id.uuid
            try insert(.kinds, organization.kinds.map(\.rawValue).distinctInOrder) { statement, kind in
                statement.bind(id)
                statement.bind(kind)
            }
            try insert(.languages, organization.languages.map(\.primary).distinctInOrder) { statement, language in
                statement.bind(id)
                statement.bind(language)
            }
            let located = organization.locations.compactMap(\.area?.rawValue).distinctInOrder.map { ($0, "located") }
            let serves = organization.serviceAreas.map(\.rawValue).distinctInOrder.map { ($0, "serves") }
            try insert(.areas, located + serves) { statement, row in
                statement.bind(id)
                statement.bind(row.0)
                statement.bind(row.1)
            }
        }
        return rowID
    }

    /// Appends one log row per written record, in order.
    func logUpserts(_ records: [(kind: EntityKind, id: LogID)], at now: String) throws {
        try insert(.changes, records) { statement, record in
            statement.bind(now)
            statement.bind(record.kind.rawValue)
            switch record.id {
            case .uuid(let id): statement.bind(id)
            case .text(let id): statement.bind(id)
            }
        }
    }

    /// A record's id in the change log: most are UUIDs, kept as such until the row is written.
    enum LogID {
        case uuid(UUID)
        case text(String)

        init(_ entity: Entity) { self = entity.uuid.map(LogID.uuid) ?? .text(entity.id) }
    }
}
