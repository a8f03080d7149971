import Foundation
import GRDB
import TejidoDirectory
import TejidoModel

/// The cold half of a snapshot built from the store (``SQLiteStore/directory()``): full records
/// read on demand from a `DatabaseSnapshot` taken before the narrow columns were read, so every
/// answer is as of the snapshot's version however the store changes since. Recently read entries
/// are kept in a small bounded cache.
///
/// The protocol does not throw: a read failing on a database that was readable a moment ago
/// (disk error, file removed under the process) stops the process with the database's message.
final class SQLiteColdEntries: ColdEntries, @unchecked Sendable {
    /// How many entries the cache keeps (about 3 KB each): enough for the providers that keep
    /// coming up in suggestions and paths, bounded for a long-running process.
    static let cacheCapacity = 16_384
    /// The page cache of the snapshot's connection, in KiB.
    static let pageCacheKiB = 32 * 1024

    private let snapshot: DatabaseSnapshot
    private let lock = NSLock()
    private var cache = RingCache<OrganizationEntry>(capacity: cacheCapacity)
    private var summaries = RingCache<OrganizationSummary>(capacity: cacheCapacity)

    /// What summaries read, in memory; a summary it cannot give is read from the store.
    private let arena: SummaryArena

    init(_ snapshot: DatabaseSnapshot, summaries: SummaryArena) {
        self.snapshot = snapshot
        arena = summaries
    }

    private func read<T>(_ what: String, _ body: (Database) throws -> T) -> T {
        do {
            return try snapshot.read(body)
        } catch {
            fatalError("reading \(what) from the store failed: \(error)")
        }
    }

    /// What `cache` (or else `other`) keeps for `position`; otherwise `load`s it, outside the
    /// lock, and keeps it.
    private func cached<Value>(
        _ cache: ReferenceWritableKeyPath<SQLiteColdEntries, RingCache<Value>>, _ position: Int, orElse other: (Int) -> Value? = { _ in nil },
        load: () -> Value
    ) -> Value {
        lock.lock()
        let kept = self[keyPath: cache][position] ?? other(position)
        lock.unlock()
        if let kept { return kept }
        let value = load()
        lock.lock()
        defer { lock.unlock() }
        self[keyPath: cache].insert(value, at: position)
        return value
    }

    func entry(_ id: OrganizationID, position: Int) -> OrganizationEntry {
        cached(\.cache, position) { read("organization \(id)") { db in try Self.entry(id, db) } }
    }

    func summary(_ id: OrganizationID, position: Int) -> OrganizationSummary {
        cached(\.summaries, position, orElse: { self.cache[$0]?.summary }) {
            if position < arena.count, let summary = arena.summary(id, at: position) { return summary }
            return read("organization \(id)") { db in try Self.summary(id, db) }
        }
    }

    func label(_ id: OrganizationID, position: Int) -> (slug: Slug, name: String) {
        if position < arena.count, let label = arena.label(at: position) { return label }
        lock.lock()
        let cached = summaries[position].map { ($0.organization.slug, $0.organization.name) }
            ?? cache[position].map { ($0.organization.slug, $0.organization.name) }
        lock.unlock()
        if let cached { return cached }
        return read("the name of organization \(id)") { db in
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT slug, name FROM organizations WHERE id = ?"), arguments: [id.description])
            return (Slug(row?["slug"] ?? ""), row?["name"] ?? "")
        }
    }

    /// The organization with its offerings, needs and relationships (each in id order, as a
    /// dataset lists them) and the counts of the referrals it received.
    static func entry(_ id: OrganizationID, _ db: Database) throws -> OrganizationEntry {
        let decoder = TejidoJSON.decoder()
        guard let organization = try all(Organization.self, Self.organizationSQL, id, db, decoder).first else {
            throw StoreError.database("organization \(id) is not in the snapshot")
        }
        return OrganizationEntry(
            organization: organization, offerings: try all(Offering.self, Self.offeringsSQL, id, db, decoder),
            needs: try all(Need.self, "SELECT payload FROM needs WHERE organization_id = ? ORDER BY id", id, db, decoder),
            relationships: try all(Relationship.self, "SELECT payload FROM relationships WHERE from_id = ?1 OR to_id = ?1 ORDER BY id", id, db, decoder),
            referrals: try referralCounts(id, db, decoder))
    }

    /// What a query reads of the organization, from the narrow columns and match facts kept
    /// beside its payloads, stepped through SQLite's C API: no JSON, no per-row objects. A row
    /// whose facts are missing or of another layout falls back to decoding those fields of its
    /// payload.
    static func summary(_ id: OrganizationID, _ db: Database) throws -> OrganizationSummary {
        let decoder = TejidoJSON.decoder()
        let key: StatementArguments = [id.description]
        var profile: OrganizationSummary.Profile?
        try db.scan("SELECT slug, name, locality, match_facts, rowid FROM organizations WHERE id = ?", arguments: key, cached: true) { row in
            if let facts = row.bytes(3).flatMap({ OrganizationMatchFacts(decoding: $0, areas: false) }) {
                profile = .init(id: id, slug: Slug(row.text(0) ?? ""), name: row.text(1) ?? "", locality: row.text(2), facts: facts)
            } else {
                profile = try decoder.decode(OrganizationSummary.Profile.self, from: Data(try payload("organizations", rowID: row.integer(4) ?? 0, db).utf8))
            }
        }
        guard let profile else { throw StoreError.database("organization \(id) is not in the snapshot") }
        var offerings: [OrganizationSummary.Terms] = []
        let sql = "SELECT service_code, capacity_per_month, coop_fluent, match_facts, rowid FROM offerings WHERE organization_id = ? ORDER BY id"
        try db.scan(sql, arguments: key, cached: true) { row in
            if let facts = row.bytes(3).flatMap({ OfferingMatchFacts(decoding: $0, areas: false) }) {
                offerings.append(.init(
                    service: ServiceCode(row.text(0) ?? ""), capacityPerMonth: row.integer(1).map(Int.init), coopFluent: row.integer(2).map { $0 != 0 }, facts: facts))
            } else {
                offerings.append(try decoder.decode(OrganizationSummary.Terms.self, from: Data(try payload("offerings", rowID: row.integer(4) ?? 0, db).utf8)))
            }
        }
        return OrganizationSummary(organization: profile, offerings: offerings, referrals: try referralCounts(id, db, decoder))
    }

    /// The payload of row `rowID` of `table`.
    private static func payload(_ table: String, rowID: Int64, _ db: Database) throws -> String {
        guard let payload = try String.fetchOne(db.cachedStatement(sql: "SELECT payload FROM \(table) WHERE rowid = ?"), arguments: [rowID]) else {
            throw StoreError.database("\(table) row \(rowID) is not in the snapshot")
        }
        return payload
    }

    private static let organizationSQL = "SELECT payload FROM organizations WHERE id = ?"
    private static let offeringsSQL = "SELECT payload FROM offerings WHERE organization_id = ? ORDER BY id"

    /// What the referrals sent to the organization came to, from their stored bits (or the
    /// payload of a referral whose bits are missing).
    private static func referralCounts(_ id: OrganizationID, _ db: Database, _ decoder: JSONDecoder) throws -> ReferralCounts {
        var counts = ReferralCounts()
        try db.scan("SELECT service_code, match_facts, rowid FROM referrals WHERE provider_id = ?", arguments: [id.description], cached: true) { row in
            let service = ServiceCode(row.text(0) ?? "")
            if let bits = row.integer(1).flatMap({ UInt8(exactly: $0) }), let fact = ReferralFact(provider: id, service: service, bits: bits) {
                counts.add(fact, sign: 1)
            } else {
                counts.add(ReferralFact(try decoder.decode(Referral.self, from: Data(try payload("referrals", rowID: row.integer(2) ?? 0, db).utf8))), sign: 1)
            }
        }
        return counts
    }

    /// The payloads `sql` selects for the organization `id`, decoded.
    private static func all<T: Decodable>(_ type: T.Type, _ sql: String, _ id: OrganizationID, _ db: Database, _ decoder: JSONDecoder) throws -> [T] {
        try String.fetchAll(db.cachedStatement(sql: sql), arguments: [id.description]).map { try decoder.decode(T.self, from: Data($0.utf8)) }
    }

    /// A referral's fact from its stored bits, or from its payload when they are missing.
    private static func fact(provider: OrganizationID, service: String, bits: Int64?, payload: String, decoder: JSONDecoder) throws -> ReferralFact {
        if let bits = bits.flatMap({ UInt8(exactly: $0) }), let fact = ReferralFact(provider: provider, service: ServiceCode(service), bits: bits) { return fact }
        return ReferralFact(try decoder.decode(Referral.self, from: Data(payload.utf8)))
    }

    func allEntries() -> [OrganizationEntry] {
        read("every organization") { db in OrganizationEntry.entries(of: try SQLiteStore.dataset(db)) }
    }

    func organization(withSlug slug: Slug) -> OrganizationID? {
        read("slug \(slug)") { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM organizations WHERE slug = ?"), arguments: [slug.rawValue]).flatMap(OrganizationID.init)
        }
    }

    func slugs() -> [(id: OrganizationID, slug: Slug)] {
        read("slugs") { db in
            try Row.fetchAll(db, sql: "SELECT id, slug FROM organizations").compactMap { row in
                OrganizationID(row[0] as String).map { ($0, Slug(row[1] as String)) }
            }
        }
    }

    func owner(ofOffering id: OfferingID) -> OrganizationID? {
        read("offering \(id)") { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT organization_id FROM offerings WHERE id = ?"), arguments: [id.description]).flatMap(OrganizationID.init)
        }
    }

    func owner(ofNeed id: NeedID) -> OrganizationID? {
        read("need \(id)") { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT organization_id FROM needs WHERE id = ?"), arguments: [id.description]).flatMap(OrganizationID.init)
        }
    }

    func ends(ofRelationship id: RelationshipID) -> RelationshipEnds? {
        read("relationship \(id)") { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT from_id, to_id FROM relationships WHERE id = ?"), arguments: [id.description]),
                  let from = OrganizationID(row[0] as String), let to = OrganizationID(row[1] as String)
            else { return nil }
            return RelationshipEnds(from: from, to: to)
        }
    }

    func fact(ofReferral id: ReferralID) -> ReferralFact? {
        read("referral \(id)") { db in
            let sql = "SELECT provider_id, service_code, match_facts, payload FROM referrals WHERE id = ?"
            guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id.description]), let provider = OrganizationID(row[0] as String) else { return nil }
            return try Self.fact(provider: provider, service: row[1], bits: row[2], payload: row[3], decoder: TejidoJSON.decoder())
        }
    }

    func allFacts() -> [ReferralID: ReferralFact] {
        read("every referral") { db in
            let decoder = TejidoJSON.decoder()
            var facts: [ReferralID: ReferralFact] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, provider_id, service_code, match_facts, payload FROM referrals") {
                guard let id = ReferralID(row[0] as String), let provider = OrganizationID(row[1] as String) else { continue }
                facts[id] = try Self.fact(provider: provider, service: row[2], bits: row[3], payload: row[4], decoder: decoder)
            }
            return facts
        }
    }
}
