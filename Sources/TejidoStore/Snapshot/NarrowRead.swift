import Foundation
import GRDB
import TejidoDirectory
import TejidoModel

/// Reads the narrow columns a directory snapshot is built from (``DirectoryColumns``): every
/// table scanned in rowid order (sequential pages, not the random walk of `ORDER BY id` through
/// the text key's index), ids parsed straight from column bytes, foreign keys resolved to
/// positions through a ``PositionTable``, and match facts decoded from their compact bytes. A
/// row whose facts are missing or unreadable is read from its JSON payload instead.
enum NarrowRead {
    static func columns(_ db: Database) throws -> DirectoryColumns {
        let decoder = TejidoJSON.decoder()
        func payloads<T: Decodable>(_ type: T.Type, _ sql: String, arguments: StatementArguments = []) throws -> [T] {
            try String.fetchAll(db, sql: sql, arguments: arguments).map { try decoder.decode(T.self, from: Data($0.utf8)) }
        }
        func payload<T: Decodable>(_ type: T.Type, table: String, rowID: Int64) throws -> T {
            guard let value = try payloads(T.self, "SELECT payload FROM \(table) WHERE rowid = ?", arguments: [rowID]).first else {
                throw StoreError.database("\(table) row \(rowID) vanished while the directory was read")
            }
            return value
        }
        func malformed(_ table: String, _ column: String) -> StoreError {
            StoreError.database("\(table).\(column) holds a value that is not a UUID")
        }

        let sequence = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM changes") ?? 0
        let services = try payloads(Service.self, "SELECT payload FROM services ORDER BY code")
        let areas = try payloads(Area.self, "SELECT payload FROM areas ORDER BY id")
        var serviceCodes = TextInterner { ServiceCode($0) }

        // Organizations, then in id order.
        var keys: [OrderKey] = [], countries: [String?] = [], facts: [OrganizationMatchFacts?] = [], rowIDs: [Int64] = []
        var countryNames = TextInterner { $0 }
        try db.scan("SELECT id, country, match_facts, rowid FROM organizations") { row in
            guard let key = row.bytes(0).flatMap(UUIDKey.parse) else { throw malformed("organizations", "id") }
            keys.append(key)
            countries.append(row.bytes(1).flatMap { countryNames.value($0) })
            facts.append(row.bytes(2).flatMap(OrganizationMatchFacts.init(decoding:)))
            rowIDs.append(row.integer(3)!)
        }
        var order = Array(keys.indices)
        if zip(keys, keys.dropFirst()).contains(where: { !($0 < $1) }) { order.sort { keys[$0] < keys[$1] } }
        let sortedKeys = order.map { keys[$0] }
        let positions = PositionTable(sortedKeys)
        let sortedFacts = try order.map { index in
            try facts[index] ?? OrganizationMatchFacts(payload(Organization.self, table: "organizations", rowID: rowIDs[index]))
        }
        func position(_ bytes: UnsafeRawBufferPointer?, _ table: String, _ column: String) throws -> UInt32? {
            guard let key = bytes.flatMap(UUIDKey.parse) else { throw malformed(table, column) }
            return positions.position(key)
        }

        var offerings: [DirectoryColumns.OfferingRow] = []
        var offeringsWithoutFacts: [(owner: UInt32, key: OrderKey, service: ServiceCode, rowID: Int64)] = []
        try db.scan("SELECT id, organization_id, service_code, match_facts, rowid FROM offerings") { row in
            guard let key = row.bytes(0).flatMap(UUIDKey.parse) else { throw malformed("offerings", "id") }
            guard let owner = try position(row.bytes(1), "offerings", "organization_id"), let service = row.bytes(2).flatMap({ serviceCodes.value($0) }) else { return }
            if let facts = row.bytes(3).flatMap(OfferingMatchFacts.init(decoding:)) {
                offerings.append(DirectoryColumns.OfferingRow(owner: owner, key: key, offering: MatchRecord.Offering(service: service, facts: facts)))
            } else {
                offeringsWithoutFacts.append((owner, key, service, row.integer(4)!))
            }
        }
        for row in offeringsWithoutFacts {
            let facts = OfferingMatchFacts(try payload(Offering.self, table: "offerings", rowID: row.rowID))
            offerings.append(DirectoryColumns.OfferingRow(owner: row.owner, key: row.key, offering: MatchRecord.Offering(service: row.service, facts: facts)))
        }

        var openNeeds: [(owner: UInt32, service: ServiceCode)] = []
        try db.scan("SELECT organization_id, service_code FROM needs WHERE status = 'open'") { row in
            guard let owner = try position(row.bytes(0), "needs", "organization_id"), let service = row.bytes(1).flatMap({ serviceCodes.value($0) }) else { return }
            openNeeds.append((owner, service))
        }

        var relationships: [DirectoryColumns.RelationshipRow] = []
        var kinds = TextInterner { Relationship.Kind(rawValue: $0) }
        try db.scan("SELECT from_id, to_id, kind FROM relationships") { row in
            guard let from = try position(row.bytes(0), "relationships", "from_id"), let to = try position(row.bytes(1), "relationships", "to_id"),
                  let kind = row.bytes(2).flatMap({ kinds.value($0) })
            else { return }
            relationships.append(DirectoryColumns.RelationshipRow(from: from, to: to, kind: kind))
        }

        var referrals: [(provider: UInt32, fact: ReferralFact)] = []
        try db.scan("SELECT provider_id, service_code, match_facts, rowid FROM referrals") { row in
            guard let provider = try position(row.bytes(0), "referrals", "provider_id"), let service = row.bytes(1).flatMap({ serviceCodes.value($0) }) else { return }
            let stored = row.integer(2).flatMap { UInt8(exactly: $0) }.flatMap { ReferralFact(provider: UUIDKey.id(sortedKeys[Int(provider)]), service: service, bits: $0) }
            referrals.append((provider, try stored ?? ReferralFact(payload(Referral.self, table: "referrals", rowID: row.integer(3)!))))
        }

        return DirectoryColumns(
            sequence: sequence, services: services, areas: areas, ids: sortedKeys.map(UUIDKey.id), countries: order.map { countries[$0] }, facts: sortedFacts,
            offerings: offerings, openNeeds: openNeeds, relationships: relationships, referrals: referrals)
    }
}
