import Foundation
import GRDB
import TejidoDirectory
import TejidoModel

/// Reads the narrow columns a directory snapshot is built from (``DirectoryColumns``): every
/// table scanned in rowid order (sequential pages, not the random walk of `ORDER BY id` through
/// the text key's index), ids parsed straight from column bytes, foreign keys resolved to
/// positions through a ``PositionTable``, and match facts decoded from their compact bytes. A
/// row whose facts are missing or unreadable is read from its JSON payload instead.
///
/// The work comes in two halves that need nothing from each other until the end, so two
/// connections can read them at once: ``organizations(_:)`` (organizations, sorted into
/// positions) and ``links(_:)`` (offerings, open needs, relationships and referrals, with their
/// organization ids kept as keys until ``columns(_:_:_:)`` resolves them, in two parallel parts).
enum NarrowRead {
    /// Organizations in id order.
    struct Organizations: Sendable {
        var sequence: Int64
        var services: [Service]
        var areas: [Area]
        var keys: [OrderKey]
        var countries: [String?]
        var facts: [OrganizationMatchFacts]
        var positions: PositionTable
        /// The slugs, names, localities and facts bytes, by position (offerings and referrals are added later).
        var summaries: SummaryArena
    }

    /// The rows that hang off organizations, with organization ids still as keys.
    struct Links: Sendable {
        var sequence: Int64
        var offerings: [(owner: OrderKey, key: OrderKey, service: ServiceCode, facts: OfferingMatchFacts?, rowID: Int64)]
        /// Beside each offering, what its summary keeps: its stated capacity and co-op flag, and
        /// where its facts bytes are in ``offeringFactBytes``.
        var offeringExtras: [(capacity: Int64?, coopFluent: Int64?, factStart: UInt32, factEnd: UInt32)]
        var offeringFactBytes: [UInt8]
        var openNeeds: [(owner: OrderKey, service: ServiceCode)]
        var relationships: [(from: OrderKey, to: OrderKey, kind: Relationship.Kind)]
        var referrals: [(provider: OrderKey, service: ServiceCode, bits: UInt8?, rowID: Int64)]
    }

    /// The columns of both halves, read in the same database state (equal change-log positions);
    /// `db` reads the payloads of rows whose facts are missing.
    /// The summary arena is empty unless both halves were read `withSummaries`.
    static func columns(_ organizations: Organizations, _ links: Links, _ db: Database) throws -> (columns: DirectoryColumns, summaries: SummaryArena) {
        let positions = organizations.positions
        // Resolving keys is pure computation: offerings and needs on one thread, relationships and referrals on another.
        nonisolated(unsafe) var offerings: [DirectoryColumns.OfferingRow] = [], offeringRows: [(row: Int, owner: UInt32)] = [], offeringsWithoutFacts: [(owner: UInt32, key: OrderKey, service: ServiceCode, rowID: Int64)] = []
        nonisolated(unsafe) var openNeeds: [(owner: UInt32, service: ServiceCode)] = []
        nonisolated(unsafe) var relationships: [DirectoryColumns.RelationshipRow] = []
        nonisolated(unsafe) var referrals: [(provider: UInt32, service: ServiceCode, bits: UInt8?, rowID: Int64)] = []
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                offerings.reserveCapacity(links.offerings.count)
                offeringRows.reserveCapacity(links.offerings.count)
                for (index, row) in links.offerings.enumerated() {
                    guard let owner = positions.position(row.owner) else { continue }
                    offeringRows.append((index, owner))
                    if let facts = row.facts {
                        offerings.append(DirectoryColumns.OfferingRow(owner: owner, key: row.key, offering: MatchRecord.Offering(service: row.service, facts: facts)))
                    } else {
                        offeringsWithoutFacts.append((owner, row.key, row.service, row.rowID))
                    }
                }
                openNeeds.reserveCapacity(links.openNeeds.count)
                for row in links.openNeeds { if let owner = positions.position(row.owner) { openNeeds.append((owner, row.service)) } }
            } else {
                relationships.reserveCapacity(links.relationships.count)
                for row in links.relationships {
                    guard let from = positions.position(row.from), let to = positions.position(row.to) else { continue }
                    relationships.append(DirectoryColumns.RelationshipRow(from: from, to: to, kind: row.kind))
                }
                referrals.reserveCapacity(links.referrals.count)
                for row in links.referrals { if let provider = positions.position(row.provider) { referrals.append((provider, row.service, row.bits, row.rowID)) } }
            }
        }
        for row in offeringsWithoutFacts {
            let facts = OfferingMatchFacts(try payload(Offering.self, table: "offerings", rowID: row.rowID, db))
            offerings.append(DirectoryColumns.OfferingRow(owner: row.owner, key: row.key, offering: MatchRecord.Offering(service: row.service, facts: facts)))
        }
        let facts = try referrals.map { row in
            let provider = UUIDKey.id(organizations.keys[Int(row.provider)])
            let stored = row.bits.flatMap { ReferralFact(provider: provider, service: row.service, bits: $0) }
            return (row.provider, try stored ?? ReferralFact(payload(Referral.self, table: "referrals", rowID: row.rowID, db)))
        }
        let columns = DirectoryColumns(
            sequence: organizations.sequence, services: organizations.services, areas: organizations.areas, ids: organizations.keys.map(UUIDKey.id),
            countries: organizations.countries, facts: organizations.facts, offerings: offerings, openNeeds: openNeeds,
            relationships: relationships, referrals: facts)
        guard organizations.summaries.count == organizations.keys.count, links.offeringExtras.count == links.offerings.count else { return (columns, SummaryArena()) }
        return (columns, summaries(organizations, links, offeringRows: offeringRows, referrals: facts))
    }

    /// The summary arena: the organizations' profiles, then each one's offerings in id order and
    /// the referrals it received. `offeringRows` are the offerings (indexes into `links.offerings`)
    /// whose organization is known, with its position.
    private static func summaries(
        _ organizations: Organizations, _ links: Links, offeringRows: [(row: Int, owner: UInt32)], referrals: [(UInt32, ReferralFact)]
    ) -> SummaryArena {
        let count = organizations.keys.count
        var arena = organizations.summaries
        let byOwner = DirectoryColumns.grouped(
            owners: offeringRows.map { $0.owner }, keys: offeringRows.map { links.offerings[$0.row].key }, count: count)
        let received = DirectoryColumns.grouped(referrals.indices, count: count) { Int(referrals[$0].0) }
        links.offeringFactBytes.withUnsafeBytes { factBytes in
            for owner in 0..<count {
                for slot in byOwner.start[owner]..<byOwner.start[owner + 1] {
                    let row = offeringRows[byOwner.values[slot]].row
                    let extra = links.offeringExtras[row]
                    arena.appendOffering(
                        service: arena.index(of: links.offerings[row].service), capacity: extra.capacity, coopFluent: extra.coopFluent,
                        facts: UnsafeRawBufferPointer(rebasing: factBytes[Int(extra.factStart)..<Int(extra.factEnd)]))
                }
                arena.endOfferings()
                for slot in received.start[owner]..<received.start[owner + 1] {
                    let fact = referrals[received.values[slot]].1
                    arena.appendReferral(service: arena.index(of: fact.service), bits: fact.bits)
                }
                arena.endReferrals()
            }
        }
        return arena
    }

    /// The last change-log position `db` sees.
    static func sequence(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM changes") ?? 0
    }

    /// `withSummaries`: also the profiles of the summary arena (slug, name, locality, facts).
    static func organizations(_ db: Database, withSummaries: Bool) throws -> Organizations {
        let decoder = TejidoJSON.decoder()
        func payloads<T: Decodable>(_ type: T.Type, _ sql: String) throws -> [T] {
            try String.fetchAll(db, sql: sql).map { try decoder.decode(T.self, from: Data($0.utf8)) }
        }
        var keys: [OrderKey] = [], countries: [String?] = [], facts: [OrganizationMatchFacts?] = [], rowIDs: [Int64] = []
        var countryNames = TextInterner { $0 }
        var summaries = SummaryArena()
        let columns = "id, country, match_facts, rowid" + (withSummaries ? ", slug, name, locality" : "")
        try db.scan("SELECT \(columns) FROM organizations") { row in
            guard let key = row.bytes(0).flatMap(UUIDKey.parse) else { throw malformed("organizations", "id") }
            keys.append(key)
            countries.append(row.bytes(1).flatMap { countryNames.value($0) })
            facts.append(row.bytes(2).flatMap({ OrganizationMatchFacts(decoding: $0) }))
            rowIDs.append(row.integer(3)!)
            if withSummaries { summaries.appendProfile(slug: row.bytes(4), name: row.bytes(5), locality: row.bytes(6), facts: row.bytes(2)) }
        }
        var order = Array(keys.indices)
        if zip(keys, keys.dropFirst()).contains(where: { !($0 < $1) }) { order.sort { keys[$0] < keys[$1] } }
        let sortedKeys = order.map { keys[$0] }
        let sortedFacts = try order.map { index in
            try facts[index] ?? OrganizationMatchFacts(payload(Organization.self, table: "organizations", rowID: rowIDs[index], db))
        }
        return Organizations(
            sequence: try sequence(db), services: try payloads(Service.self, "SELECT payload FROM services ORDER BY code"),
            areas: try payloads(Area.self, "SELECT payload FROM areas ORDER BY id"), keys: sortedKeys, countries: order.map { countries[$0] },
            facts: sortedFacts, positions: PositionTable(sortedKeys), summaries: withSummaries ? summaries.profiles(inOrder: order) : SummaryArena())
    }

    /// `withSummaries`: also what the summary arena keeps of each offering.
    static func links(_ db: Database, withSummaries: Bool) throws -> Links {
        var serviceCodes = TextInterner { ServiceCode($0) }
        var kinds = TextInterner { Relationship.Kind(rawValue: $0) }
        func key(_ bytes: UnsafeRawBufferPointer?, _ table: String, _ column: String) throws -> OrderKey {
            guard let key = bytes.flatMap(UUIDKey.parse) else { throw malformed(table, column) }
            return key
        }
        var offerings: [(owner: OrderKey, key: OrderKey, service: ServiceCode, facts: OfferingMatchFacts?, rowID: Int64)] = []
        var extras: [(capacity: Int64?, coopFluent: Int64?, factStart: UInt32, factEnd: UInt32)] = [], factBytes: [UInt8] = []
        try db.scan("SELECT id, organization_id, service_code, match_facts, rowid, capacity_per_month, coop_fluent FROM offerings") { row in
            let id = try key(row.bytes(0), "offerings", "id"), owner = try key(row.bytes(1), "offerings", "organization_id")
            guard let service = row.bytes(2).flatMap({ serviceCodes.value($0) }) else { return }
            let bytes = row.bytes(3)
            offerings.append((owner, id, service, bytes.flatMap({ OfferingMatchFacts(decoding: $0) }), row.integer(4)!))
            if withSummaries {
                let start = UInt32(factBytes.count)
                if let bytes { factBytes.append(contentsOf: bytes) }
                extras.append((row.integer(5), row.integer(6), start, UInt32(factBytes.count)))
            }
        }
        var openNeeds: [(owner: OrderKey, service: ServiceCode)] = []
        try db.scan("SELECT organization_id, service_code FROM needs WHERE status = 'open'") { row in
            let owner = try key(row.bytes(0), "needs", "organization_id")
            guard let service = row.bytes(1).flatMap({ serviceCodes.value($0) }) else { return }
            openNeeds.append((owner, service))
        }
        var relationships: [(from: OrderKey, to: OrderKey, kind: Relationship.Kind)] = []
        try db.scan("SELECT from_id, to_id, kind FROM relationships") { row in
            let from = try key(row.bytes(0), "relationships", "from_id"), to = try key(row.bytes(1), "relationships", "to_id")
            guard let kind = row.bytes(2).flatMap({ kinds.value($0) }) else { return }
            relationships.append((from, to, kind))
        }
        var referrals: [(provider: OrderKey, service: ServiceCode, bits: UInt8?, rowID: Int64)] = []
        try db.scan("SELECT provider_id, service_code, match_facts, rowid FROM referrals") { row in
            let provider = try key(row.bytes(0), "referrals", "provider_id")
            guard let service = row.bytes(1).flatMap({ serviceCodes.value($0) }) else { return }
            referrals.append((provider, service, row.integer(2).flatMap { UInt8(exactly: $0) }, row.integer(3)!))
        }
        return Links(
            sequence: try sequence(db), offerings: offerings, offeringExtras: extras, offeringFactBytes: factBytes, openNeeds: openNeeds,
            relationships: relationships, referrals: referrals)
    }

    private static func payload<T: Decodable>(_ type: T.Type, table: String, rowID: Int64, _ db: Database) throws -> T {
        guard let payload = try String.fetchOne(db, sql: "SELECT payload FROM \(table) WHERE rowid = ?", arguments: [rowID]) else {
            throw StoreError.database("\(table) row \(rowID) vanished while the directory was read")
        }
        return try TejidoJSON.decoder().decode(T.self, from: Data(payload.utf8))
    }

    private static func malformed(_ table: String, _ column: String) -> StoreError {
        StoreError.database("\(table).\(column) holds a value that is not a UUID")
    }
}
