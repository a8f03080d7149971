import Foundation
import GRDB
import TejidoModel

extension SQLiteStore {
    public func performBulkWrite(mode: BulkWriteMode, _ produce: @escaping @Sendable (any BulkSink) throws -> Void) async throws -> BulkWriteOutcome {
        do {
            return try await writer.writeWithoutTransaction { db in try Self.bulkWrite(mode: mode, in: db, produce) }
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error)")
        }
    }

    /// Runs a bulk write in one transaction on `db`, committed only if `mode` keeps it. With
    /// `discardable`, the caller deletes the whole file unless the outcome says it was kept, so
    /// the transaction is always committed (a file without a journal cannot roll back).
    static func bulkWrite(mode: BulkWriteMode, in db: Database, discardable: Bool = false, _ produce: (any BulkSink) throws -> Void) throws -> BulkWriteOutcome {
        // The sink sizes the page cache for the write it finds; restored after.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        var outcome: BulkWriteOutcome?
        try db.inTransaction(.immediate) {
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let sink = try SQLiteBulkSink(db: db, mode: mode, mayDropKeys: discardable)
            try produce(sink)
            try sink.finish()
            let keep = sink.keeps
            outcome = BulkWriteOutcome(summary: sink.summary, problems: sink.problems, committed: keep)
            return keep || discardable ? .commit : .rollback
        }
        if outcome?.committed == false { outcome?.summary.lastSequence = 0 }
        return outcome!
    }

    /// Whether ``bulkLoad(newDatabaseAt:mode:_:)`` can create a database at `path`: nothing is
    /// there yet, not even a leftover journal or write-ahead log.
    public static func canBulkLoad(newDatabaseAt path: String) -> Bool {
        ["", "-wal", "-shm", "-journal"].allSatisfy { !FileManager.default.fileExists(atPath: path + $0) }
    }

    /// Creates a database at `path` from a stream of records, as ``bulkWrite(mode:_:)`` would
    /// into a new empty store, with the same checks and outcome, only faster: the records go into
    /// a temporary file beside `path` with no journal and no syncs, which is synced and linked into
    /// place only when everything was written. A failure, a refused import or a dry run deletes
    /// the temporary file, so `path` never exists half-written. Throws when `path` already exists
    /// (see ``canBulkLoad(newDatabaseAt:)``).
    public static func bulkLoad(newDatabaseAt path: String, mode: BulkWriteMode, _ produce: @escaping @Sendable (any BulkSink) throws -> Void) async throws -> BulkWriteOutcome {
        guard canBulkLoad(newDatabaseAt: path) else { throw StoreError.database("'\(path)' already exists; a new database cannot be loaded there") }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).loading-\(UUID().uuidString)").path
        defer { for suffix in ["", "-journal"] { unlink(temporary + suffix) } }
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try prepare(queue, path: temporary)
            let outcome = try await queue.writeWithoutTransaction { db in
                // Nothing needs undoing in a file that is thrown away on failure.
                try db.execute(sql: "PRAGMA journal_mode = OFF")
                try db.execute(sql: "PRAGMA synchronous = OFF")
                // The sink checks every reference itself (against the stream, as nothing else is
                // stored), so SQLite's own parent lookups would only repeat that work; without
                // them, the key indexes can also wait until the end (see SQLiteBulkSink).
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                return try bulkWrite(mode: mode, in: db, discardable: true, produce)
            }
            try await queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try queue.close()
            guard outcome.committed, mode != .dryRun else { return outcome }
            try syncFile(temporary)
            // link(2) fails if something appeared at `path` meanwhile: nothing is ever replaced.
            guard link(temporary, path) == 0 else {
                throw StoreError.database("could not create '\(path)': \(String(cString: strerror(errno)))")
            }
            try syncFile(url.deletingLastPathComponent().path)
            return outcome
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error)")
        }
    }

    /// Forces a file's (or folder's) contents to disk.
    private static func syncFile(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw StoreError.database("could not open '\(path)' to sync it: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw StoreError.database("could not sync '\(path)': \(String(cString: strerror(errno)))") }
    }
}

/// Writes records inside one open transaction with prepared statements, checking each record's
/// rules and references against what is stored and what came before in the same stream.
/// Organizations that arrive with their offerings get their search row from the record itself;
/// anything else that changes an organization's search text refreshes it from the tables.
final class SQLiteBulkSink: BulkSink {
    let db: Database
    let mode: BulkWriteMode
    var problems: [RecordProblem] = []
    var summary = WriteSummary()
    private(set) var recordsWritten = 0
    private var services: Set<ServiceCode>
    private var areas: Set<AreaID>
    /// Organizations written in this stream, with their line, to find duplicates.
    /// Lines are kept as `UInt32` (a file of over four billion lines would see clamped numbers
    /// in duplicate reports) and ids by kind, in ``UUIDLineTable``s of 20 bytes a slot, so no one
    /// table doubles while the others are full.
    private var streamOrganizations = UUIDLineTable()
    /// Ids of relationships, referrals, offerings and needs written in this stream, with their line.
    private var streamRelationships = UUIDLineTable(), streamReferrals = UUIDLineTable()
    private var streamOfferings = UUIDLineTable(), streamNeeds = UUIDLineTable()
    /// Stored organizations already looked up (those of this stream are in `streamOrganizations`).
    private var knownOrganizations = Set<OrganizationID>()
    /// While the key indexes are dropped: the rowid of the organization written with each slug,
    /// by the slug's hash (a hash that matches is confirmed by reading that row).
    private var streamSlugs: [Int: Int64] = [:]
    /// The rare slugs whose hash an earlier slug of the stream already had.
    private var streamSlugCollisions: [Slug: Int64] = [:]
    private var staleSearch = Set<String>()
    /// Change-log rows of records already written, in write order, not yet inserted. They go in
    /// ``logBatch`` at a time, ``BulkStatements/maxRows`` to a statement, rather than in one
    /// statement per record, each of which also rewrote the log's AUTOINCREMENT counter.
    private var pendingLog: [(kind: EntityKind, id: BulkStatements.LogID)] = []
    /// How many change-log rows wait before they are inserted.
    static let logBatch = 256
    private let now = ISO8601DateFormatter().string(from: Date())
    private let statements: BulkStatements
    /// Kinds whose table was empty when the write began: a record of those kinds is new unless
    /// this stream already wrote it, so there is nothing stored to compare it with.
    private let freshTables: Set<EntityKind>
    /// The page cache while records are written into indexed tables: large enough for the indexes
    /// being filled.
    static let loadCacheKiB = 131_072
    /// The page cache while rows only append (no index kept up to date).
    static let appendCacheKiB = 32_768
    /// The page cache, and so each sorted run's size, while dropped indexes are built again. Runs
    /// this small let SQLite's helper threads sort them while the table is still being read
    /// (`PRAGMA threads`); one run as large as the cache is sorted on the writing thread alone.
    static let indexBuildCacheKiB = 2_048
    /// SQLite's helper threads for sorting while indexes are built: one per core, up to four.
    /// By then the parsing threads have ended, so the other cores are idle.
    static var indexBuildThreads: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4) }
    /// Index definitions dropped while loading, to build once at the end.
    private var deferredIndexes: [String] = []
    /// For a write into tables that already hold rows: after how many written records the
    /// secondary indexes are dropped too (`nil` once they are, or when they never will be). Such a
    /// write starts with every index kept up to date row by row, which suits a few records; one
    /// that grows past this many, and past a quarter of the rows already stored, builds them again
    /// once at the end instead. The unique keys stay: the sink looks stored records up by them.
    private var deferSecondaryIndexesAfter: Int?
    /// The fewest records after which a write into stored rows defers its secondary indexes.
    static let defaultDeferral = 2_000
    /// Whether the unique key indexes (ids, slugs) are among them: then the sink alone keeps
    /// ids and slugs unique until they are built again.
    private var keysDropped = false

    /// With `mayDropKeys`, and foreign keys off on `db`, a load into empty tables also drops the
    /// key indexes (which foreign keys would need to find parents).
    init(db: Database, mode: BulkWriteMode, mayDropKeys: Bool = false) throws {
        self.db = db
        self.mode = mode
        statements = BulkStatements(db)
        services = Set(try String.fetchAll(db, sql: "SELECT code FROM services").map { ServiceCode($0) })
        areas = Set(try String.fetchAll(db, sql: "SELECT id FROM areas").map { AreaID($0) })
        var fresh = Set<EntityKind>()
        for kind in [EntityKind.organization, .offering, .need, .relationship, .referral] where try db.fastText("SELECT 'x' FROM \(SQLiteStore.table(kind)) LIMIT 1") == nil {
            fresh.insert(kind)
        }
        freshTables = fresh
        // A dry run takes the same path as the write it previews (its transaction is rolled back,
        // or its new file deleted, and with it every index dropped here), so it reports the same
        // problems in about the same time.
        if fresh.count == 5, try db.fastText("SELECT 'x' FROM activity_reports LIMIT 1") == nil {
            let keys = try mayDropKeys && Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == false
            deferredIndexes = try Self.dropSecondaryIndexes(in: db, includingKeys: keys)
            keysDropped = keys && deferredIndexes.contains { $0.hasPrefix("CREATE UNIQUE INDEX") }
        } else {
            // Rows already stored, by the highest rowid of each loaded table (cheap, and close).
            var stored = 0
            for table in Self.loadedTables { stored += try Int.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM \(table)") ?? 0 }
            deferSecondaryIndexesAfter = max(Self.defaultDeferral, stored / 4)
        }
        try db.execute(sql: "PRAGMA cache_size = -\(keysDropped ? Self.appendCacheKiB : Self.loadCacheKiB)")
    }

    /// The tables a bulk load fills, whose secondary indexes can wait until it ends.
    private static let loadedTables = [
        "organizations", "organization_kinds", "organization_languages", "organization_areas",
        "offerings", "needs", "relationships", "referrals", "activity_reports",
    ]

    /// Drops the secondary indexes of the loaded tables, and with `includingKeys` their unique key
    /// indexes too, and returns their definitions. Building an index once from sorted rows costs
    /// far less than keeping it up to date row by row. The drop is part of the write's
    /// transaction: a rollback brings the indexes back.
    private static func dropSecondaryIndexes(in db: Database, includingKeys: Bool) throws -> [String] {
        let list = loadedTables.map { "'\($0)'" }.joined(separator: ", ")
        let keys = includingKeys ? "" : "AND sql NOT LIKE 'CREATE UNIQUE INDEX%'"
        let indexes = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(list)) \(keys) ORDER BY name")
        for index in indexes { try db.execute(sql: "DROP INDEX \(index["name"] as String)") }
        return indexes.map { $0["sql"] }
    }

    /// Builds again the indexes dropped for the load, exactly as they were defined.
    private func restoreIndexes() throws {
        for sql in deferredIndexes { try db.execute(sql: sql) }
        deferredIndexes = []
        keysDropped = false
        streamSlugs = [:]
        streamSlugCollisions = [:]
    }

    /// Whether the write will be committed, as things stand.
    var keeps: Bool { mode == .skipInvalid || (mode == .allOrNothing && problems.isEmpty) }

    func reject(_ problem: RecordProblem) { problems.append(problem) }

    /// Whether records are still being written (after a first problem in all-or-nothing mode,
    /// they are only checked, since everything will be rolled back).
    private var writing: Bool { mode != .allOrNothing || problems.isEmpty }

    func write(_ record: PreparedRecord) throws {
        let entities = record.entities, line = record.line
        var issues: [ValidationIssue] = []
        for (position, entity) in entities.enumerated() {
            issues += record.ownIssues[position]
            let found = try references(entity, line: line)
            if found.isEmpty { continue }
            if position == 0 {
                issues += found
            } else {
                let prefix = PreparedRecord.nestedName(entity, position: position, in: entities)
                issues += found.map { $0.under(prefix) }
            }
        }
        if let first = entities.first, let duplicate = duplicate(first, line: line) { issues.append(duplicate) }
        for position in entities.indices.dropFirst() {
            guard let duplicate = nestedDuplicate(entities[position], line: line) else { continue }
            issues.append(duplicate.under(PreparedRecord.nestedName(entities[position], position: position, in: entities)))
        }
        guard issues.isEmpty else {
            problems += issues.map { RecordProblem(line: line, issue: $0) }
            return
        }
        for entity in entities {
            switch entity {
            case .service(let service):
                services.insert(service.code)
            case .area(let area):
                areas.insert(area.id)
            case .organization(let organization):
                streamOrganizations.updateLine(UInt32(clamping: line), for: organization.id.uuid)
            default:
                break
            }
        }
        guard writing else { return }
        var organizationRow: Int64?
        var searchTouched = false
        for (position, entity) in entities.enumerated() {
            let payload = try record.payloads?[position] ?? entity.payload()
            let table = SQLiteStore.table(entity.kind), key = SQLiteStore.key(entity.kind)
            let stored = freshTables.contains(entity.kind) ? nil : try db.fastText("SELECT payload FROM \(table) WHERE \(key) = ?", .text(entity.id))
            if stored == payload {
                summary.unchanged[entity.kind, default: 0] += 1
                continue
            }
            if stored == nil {
                let rowID = try statements.insert(entity, payload: payload, facts: record.matchFacts[position], at: now)
                if case .organization(let organization) = entity {
                    organizationRow = rowID
                    if keysDropped { rememberSlug(organization.slug, at: rowID) }
                }
                summary.inserted[entity.kind, default: 0] += 1
            } else {
                try Rows.write(entity, payload: payload, exists: true, at: now, in: db)
                summary.updated[entity.kind, default: 0] += 1
            }
            // The log names the record; its payload is read from its table when the log is followed.
            pendingLog.append((entity.kind, BulkStatements.LogID(entity)))
            switch entity {
            case .organization, .offering: searchTouched = true
            case .service, .relationship, .need, .referral, .activityReport, .area:
                break
            }
            if stored != nil, entity.kind == .offering {
                staleSearch.formUnion(try Entity.decode(entity.kind, payload: stored!).organizations.map(\.description))
            }
        }
        if pendingLog.count >= Self.logBatch { try flushLog() }
        recordsWritten += 1
        if let after = deferSecondaryIndexesAfter, recordsWritten >= after {
            deferSecondaryIndexesAfter = nil
            deferredIndexes = try Self.dropSecondaryIndexes(in: db, includingKeys: false)
        }
        guard searchTouched else { return }
        guard case .organization(let organization)? = entities.first else {
            // An offering written on its own: its organization's search text changed.
            for entity in entities where entity.kind == .offering { staleSearch.formUnion(entity.organizations.map(\.description)) }
            return
        }
        if let organizationRow, let search = record.search {
            // A new organization's offerings are all in this record: index it from the record.
            var statement = try statements.single(.searchRow)
            statement.bind(Int(organizationRow))
            statement.bind(search.names)
            statement.bind(search.descriptions)
            statement.bind(search.serviceTokens)
            try statement.execute(db)
        } else {
            staleSearch.insert(organization.id.description)
        }
    }

    /// Refreshes what still needs it and sets the log position.
    func finish() throws {
        try flushLog()
        // Every record is in: what was kept to check them is no longer needed, and building the
        // indexes sorts in memory up to the page cache's size, so both shrink first.
        streamOrganizations.removeAll()
        streamRelationships.removeAll()
        streamReferrals.removeAll()
        streamOfferings.removeAll()
        streamNeeds.removeAll()
        knownOrganizations = []
        streamSlugs = [:]
        streamSlugCollisions = [:]
        if keeps, !deferredIndexes.isEmpty {
            try db.execute(sql: "PRAGMA cache_size = -\(Self.indexBuildCacheKiB)")
            try db.execute(sql: "PRAGMA threads = \(Self.indexBuildThreads)")
            defer { try? db.execute(sql: "PRAGMA threads = 0") }
            try restoreIndexes()
        }
        if writing, !staleSearch.isEmpty { try SearchRows.refresh(Array(staleSearch), in: db) }
        summary.lastSequence = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM changes") ?? 0
    }

    /// Inserts the change-log rows that wait, in order.
    private func flushLog() throws {
        guard !pendingLog.isEmpty else { return }
        try statements.logUpserts(pendingLog, at: now)
        pendingLog.removeAll(keepingCapacity: true)
    }

    private func duplicate(_ entity: Entity, line: Int) -> ValidationIssue? {
        switch entity {
        case .organization(let organization):
            if let first = streamOrganizations.line(of: organization.id.uuid) { return ValidationIssue("id", "'\(organization.id)' appears twice in this import (first on line \(first))") }
        case .relationship(let relationship):
            if let first = streamRelationships.updateLine(UInt32(clamping: line), for: relationship.id.uuid) { return ValidationIssue("id", "'\(relationship.id)' appears twice in this import (first on line \(first))") }
        case .referral(let referral):
            if let first = streamReferrals.updateLine(UInt32(clamping: line), for: referral.id.uuid) { return ValidationIssue("id", "'\(referral.id)' appears twice in this import (first on line \(first))") }
        default:
            break
        }
        return nil
    }

    /// An offering or need whose id an earlier record of this import already used.
    private func nestedDuplicate(_ entity: Entity, line: Int) -> ValidationIssue? {
        let id: UUID
        switch entity {
        case .offering(let offering): id = offering.id.uuid
        case .need(let need): id = need.id.uuid
        default: return nil
        }
        let line = UInt32(clamping: line)
        let first = entity.kind == .offering ? streamOfferings.insertLine(line, for: id) : streamNeeds.insertLine(line, for: id)
        guard let first else { return nil }
        return ValidationIssue("id", "'\(entity.id)' appears twice in this import (first on line \(first))")
    }

    private func organizationExists(_ id: OrganizationID) throws -> Bool {
        if streamOrganizations.contains(id.uuid) || knownOrganizations.contains(id) { return true }
        // Into an empty table, only this stream has written organizations.
        if freshTables.contains(.organization) { return false }
        let found = try db.fastText("SELECT 'x' FROM organizations WHERE id = ?", .text(id.description)) != nil
        if found { knownOrganizations.insert(id) }
        return found
    }

    /// The id of the organization written with `slug`, if any: from the slug index, or while the
    /// key indexes are dropped, from the rowid this stream wrote it at.
    private func slugOwner(_ slug: Slug) throws -> String? {
        guard keysDropped else {
            var statement = try statements.single(.slugOwner)
            statement.bind(slug.rawValue)
            return try statement.text(db)
        }
        guard let rowID = streamSlugs[slug.rawValue.hashValue] else { return nil }
        if let owner = try organization(at: rowID, ifSlug: slug) { return owner }
        return try streamSlugCollisions[slug].flatMap { try organization(at: $0, ifSlug: slug) }
    }

    /// The id of the organization at `rowID`, if its slug is `slug`.
    private func organization(at rowID: Int64, ifSlug slug: Slug) throws -> String? {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT slug, id FROM organizations WHERE rowid = ?"), arguments: [rowID])
        return row.flatMap { $0["slug"] == slug.rawValue ? $0["id"] : nil }
    }

    /// Notes the rowid a new organization was written at, under its slug's hash.
    private func rememberSlug(_ slug: Slug, at rowID: Int64) {
        let hash = slug.rawValue.hashValue
        if streamSlugs[hash] == nil { streamSlugs[hash] = rowID } else { streamSlugCollisions[slug] = rowID }
    }

    private func references(_ entity: Entity, line: Int) throws -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func service(_ code: ServiceCode, _ field: String) {
            guard code.isValid, !services.contains(code) else { return }
            let hint = CloseMatch.best(for: code.rawValue, among: services.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
            issues.append(ValidationIssue(field, "'\(code)' is not in the taxonomy\(hint)"))
        }
        func area(_ id: AreaID, _ field: String) {
            if id.isValid, !areas.contains(id) { issues.append(ValidationIssue(field, "no area '\(id)'")) }
        }
        func organization(_ id: OrganizationID, _ field: String) throws {
            if !(try organizationExists(id)) { issues.append(ValidationIssue(field, "no organization with id '\(id)' (it must be stored already or come earlier in the file)")) }
        }
        switch entity {
        case .service(let value):
            if let parent = value.parent, !services.contains(parent) { issues.append(ValidationIssue("parent", "'\(parent)' is not in the taxonomy (parents come first)")) }
        case .area(let value):
            if let parent = value.parent, !areas.contains(parent) { issues.append(ValidationIssue("parent", "no area '\(parent)' (parents come first)")) }
        case .organization(let value):
            for (index, id) in value.serviceAreas.enumerated() { area(id, "service_areas[\(index)]") }
            for (index, location) in value.locations.enumerated() { if let id = location.area { area(id, "locations[\(index)].area") } }
            if let owner = try slugOwner(value.slug), owner != value.id.description {
                issues.append(ValidationIssue("slug", "'\(value.slug)' is already used by another organization"))
            }
        case .offering(let value):
            service(value.service, "service")
            for (index, id) in value.areas.enumerated() { area(id, "areas[\(index)]") }
        case .need(let value):
            service(value.service, "service")
        case .relationship(let value):
            try organization(value.from, "from")
            try organization(value.to, "to")
        case .referral(let value):
            service(value.service, "service")
            try organization(value.referrer, "referrer")
            try organization(value.client, "client")
            try organization(value.provider, "provider")
        case .activityReport(let value):
            try organization(value.reportingOrganization, "reporting_org")
            if let convener = value.convener { try organization(convener, "convener") }
            for (name, count) in value.participantsByArea.sorted(by: { $0.key < $1.key }) where count >= 0 { area(name, "participants_by_area.\(name)") }
        }
        return issues
    }
}
