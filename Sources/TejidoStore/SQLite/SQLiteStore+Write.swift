import Foundation
import GRDB
import TejidoModel

extension SQLiteStore {
    public func write(_ mutations: [Mutation]) async throws -> WriteSummary {
        do {
            return try await writer.write { db in try Self.apply(mutations, in: db) }
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error)")
        }
    }

    /// Applies mutations inside the caller's transaction: validate, then write each changed record,
    /// log it, and refresh the search rows of every organization touched.
    static func apply(_ mutations: [Mutation], in db: Database) throws -> WriteSummary {
        let upserts = mutations.compactMap { mutation -> Entity? in
            if case .upsert(let entity) = mutation { return entity }
            return nil
        }
        try validate(upserts, in: db)

        var summary = WriteSummary()
        var touched = Set<String>()
        let now = ISO8601DateFormatter().string(from: Date())
        for entity in writeOrder(upserts) {
            let payload = try entity.payload()
            let stored = try String.fetchOne(db, sql: "SELECT payload FROM \(table(entity.kind)) WHERE \(key(entity.kind)) = ?", arguments: [entity.id])
            if stored == payload {
                summary.unchanged[entity.kind, default: 0] += 1
                continue
            }
            try Rows.write(entity, payload: payload, exists: stored != nil, at: now, in: db)
            try db.execute(
                sql: "INSERT INTO changes (at, operation, entity, entity_id, payload) VALUES (?, 'upsert', ?, ?, ?)",
                arguments: [now, entity.kind.rawValue, entity.id, payload]
            )
            if stored == nil { summary.inserted[entity.kind, default: 0] += 1 } else { summary.updated[entity.kind, default: 0] += 1 }
            touched.formUnion(entity.organizations.map(\.description))
            if let stored {
                // A record that moved (an offering to another organization) changes its old owner too.
                touched.formUnion(try Entity.decode(entity.kind, payload: stored).organizations.map(\.description))
            }
        }
        for mutation in mutations {
            guard case .delete(let kind, let id) = mutation else { continue }
            touched.formUnion(try organizations(touchedByDeleting: kind, id: id, in: db))
            // Records that go with an organization are logged one by one, so every reader of the
            // log sees each removal.
            let dependents = kind == .organization ? try dependents(ofOrganization: id, in: db) : []
            try db.execute(sql: "DELETE FROM \(table(kind)) WHERE \(key(kind)) = ?", arguments: [id])
            guard db.changesCount > 0 else { continue }
            for (dependentKind, dependentID) in dependents + [(kind, id)] {
                try db.execute(sql: "INSERT INTO changes (at, operation, entity, entity_id) VALUES (?, 'delete', ?, ?)", arguments: [now, dependentKind.rawValue, dependentID])
                summary.deleted[dependentKind, default: 0] += 1
            }
        }
        if !touched.isEmpty { try SearchRows.refresh(Array(touched), in: db) }
        summary.lastSequence = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM changes") ?? 0
        return summary
    }

    /// The records in an order their references allow: by kind, services by code (a parent's code
    /// is a prefix of its children's), and areas parents first.
    static func writeOrder(_ upserts: [Entity]) -> [Entity] {
        var areas: [Area] = []
        var others: [Entity] = []
        for entity in upserts {
            if case .area(let area) = entity { areas.append(area) } else { others.append(entity) }
        }
        var orderedAreas: [Area] = []
        var pending = areas
        while !pending.isEmpty {
            let waiting = Set(pending.map(\.id))
            let ready = pending.filter { $0.parent.map { !waiting.contains($0) } ?? true }
            // A cycle cannot be ordered: write the rest as given and let the database refuse it.
            let batch = ready.isEmpty ? pending : ready
            orderedAreas += batch
            let written = Set(batch.map(\.id))
            pending.removeAll { written.contains($0.id) }
        }
        let sorted = others.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
        return sorted.filter { $0.kind < .area } + orderedAreas.map(Entity.area) + sorted.filter { $0.kind > .area }
    }

    /// The records deleted with an organization; refuses when referrals name it, since referrals
    /// are kept as a record of what happened.
    private static func dependents(ofOrganization id: String, in db: Database) throws -> [(EntityKind, String)] {
        let referrals = try Int.fetchOne(db, sql: "SELECT count(*) FROM referrals WHERE ? IN (referrer_id, client_id, provider_id)", arguments: [id]) ?? 0
        if referrals > 0 {
            throw StoreError.invalid([.init(
                record: "organization \(id)",
                issue: .init("id", "is named in \(referrals) referral\(referrals == 1 ? "" : "s"), which are kept as a record; it cannot be deleted"),
                kind: .organization)])
        }
        var result: [(EntityKind, String)] = []
        for kind in [EntityKind.offering, .need, .activityReport] {
            result += try String.fetchAll(db, sql: "SELECT id FROM \(table(kind)) WHERE organization_id = ? ORDER BY id", arguments: [id]).map { (kind, $0) }
        }
        result += try String.fetchAll(db, sql: "SELECT id FROM relationships WHERE ? IN (from_id, to_id) ORDER BY id", arguments: [id]).map { (.relationship, $0) }
        return result
    }

    private static func organizations(touchedByDeleting kind: EntityKind, id: String, in db: Database) throws -> [String] {
        switch kind {
        case .organization:
            // Its edges go with it (ON DELETE CASCADE): the organizations at their other ends change too.
            try db.execute(sql: "DELETE FROM organization_search WHERE rowid = (SELECT rowid FROM organizations WHERE id = ?)", arguments: [id])
            return try String.fetchAll(db, sql: "SELECT to_id FROM relationships WHERE from_id = ? UNION SELECT from_id FROM relationships WHERE to_id = ?", arguments: [id, id])
        case .offering, .need, .activityReport:
            return try String.fetchAll(db, sql: "SELECT organization_id FROM \(table(kind)) WHERE id = ?", arguments: [id])
        case .relationship:
            return try String.fetchAll(db, sql: "SELECT from_id FROM relationships WHERE id = ? UNION SELECT to_id FROM relationships WHERE id = ?", arguments: [id, id])
        case .service, .area, .referral:
            return []
        }
    }

    /// Checks each record's own rules and its references, which may point into the same write or
    /// to what is already stored. Throws ``StoreError/invalid(_:)`` before anything is written.
    static func validate(_ upserts: [Entity], in db: Database) throws {
        var dataset = DirectoryDataset()
        for entity in upserts { dataset.append(entity) }
        let batchOrganizations = Set(dataset.organizations.map(\.id))
        let batchAreas = Set(dataset.areas.map(\.id))

        var organizationRefs = Set<String>(), serviceRefs = Set<String>(), areaRefs = Set<String>()
        for entity in upserts {
            for id in entity.organizations where !batchOrganizations.contains(id) { organizationRefs.insert(id.description) }
        }
        for referral in dataset.referrals where !batchOrganizations.contains(referral.referrer) { organizationRefs.insert(referral.referrer.description) }
        for report in dataset.activityReports {
            for id in report.organizationsWorkedWith + [report.convener].compactMap({ $0 }) where !batchOrganizations.contains(id) { organizationRefs.insert(id.description) }
            serviceRefs.formUnion((report.needsExpressed + report.gapsObserved).flatMap(\.services).map(\.rawValue))
            areaRefs.formUnion(report.participantsByArea.keys.map(\.rawValue))
        }
        serviceRefs.formUnion((dataset.offerings.map(\.service) + dataset.needs.map(\.service) + dataset.referrals.map(\.service)).map(\.rawValue))
        serviceRefs.formUnion(dataset.services.compactMap(\.parent?.rawValue))
        areaRefs.formUnion(dataset.organizations.flatMap { $0.serviceAreas + $0.locations.compactMap(\.area) }.map(\.rawValue))
        areaRefs.formUnion(dataset.offerings.flatMap(\.areas).map(\.rawValue))
        areaRefs.formUnion(dataset.areas.compactMap(\.parent?.rawValue))

        // The whole taxonomy is small: knowing every code lets an error suggest the one meant.
        let storedServices = serviceRefs.isEmpty ? [] : try String.fetchAll(db, sql: "SELECT code FROM services")
        let storedAreas = try existing(areaRefs.subtracting(batchAreas.map(\.rawValue)), table: "areas", key: "id", in: db)
        let storedOrganizations = try existing(organizationRefs, table: "organizations", key: "id", in: db)
        let validator = DatasetValidator(
            knownServices: Set(storedServices.map { ServiceCode($0) }),
            knownAreas: Set(storedAreas.map { AreaID($0) }),
            knownOrganizations: Set(storedOrganizations.compactMap { OrganizationID($0) })
        )
        var problems = validator.problems(in: dataset)
        // A slug must be unique across what is stored too.
        for organization in dataset.organizations {
            if let owner = try String.fetchOne(db, sql: "SELECT id FROM organizations WHERE slug = ?", arguments: [organization.slug.rawValue]),
                owner != organization.id.description
            {
                problems.append(.init(record: "organization \(organization.slug)", issue: .init("slug", "'\(organization.slug)' is already used by another organization")))
            }
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
    }

    private static func existing(_ ids: Set<String>, table: String, key: String, in db: Database) throws -> [String] {
        var found: [String] = []
        let list = Array(ids)
        for start in stride(from: 0, to: list.count, by: 500) {
            let chunk = Array(list[start..<min(start + 500, list.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            found += try String.fetchAll(db, sql: "SELECT \(key) FROM \(table) WHERE \(key) IN (\(marks))", arguments: StatementArguments(chunk))
        }
        return found
    }

    static func table(_ kind: EntityKind) -> String {
        switch kind {
        case .service: "services"
        case .area: "areas"
        case .organization: "organizations"
        case .offering: "offerings"
        case .need: "needs"
        case .relationship: "relationships"
        case .referral: "referrals"
        case .activityReport: "activity_reports"
        }
    }

    static func key(_ kind: EntityKind) -> String { kind == .service ? "code" : "id" }
}
