import TejidoModel

/// The narrow rows a store reads to build a snapshot without decoding full records: ids, countries
/// and match facts of organizations, and the few columns of offerings, open needs, relationships
/// and referrals the matcher needs, with every organization id already resolved to its position.
/// ``Directory/init(columns:cold:)`` groups them into ``MatchRecord``s.
package struct DirectoryColumns: Sendable {
    /// One offering: who holds it, its id's order key (offerings are listed in id order), and what the matcher needs.
    package struct OfferingRow: Sendable {
        package var owner: UInt32
        package var key: OrderKey
        package var offering: MatchRecord.Offering

        package init(owner: UInt32, key: OrderKey, offering: MatchRecord.Offering) {
            self.owner = owner
            self.key = key
            self.offering = offering
        }
    }

    /// One relationship between two organizations the directory holds.
    package struct RelationshipRow: Sendable {
        package var from: UInt32
        package var to: UInt32
        package var kind: Relationship.Kind

        package init(from: UInt32, to: UInt32, kind: Relationship.Kind) {
            self.from = from
            self.to = to
            self.kind = kind
        }
    }

    /// The change-log position the rows reflect.
    package var sequence: Int64
    package var services: [Service]
    package var areas: [Area]
    /// The organizations' ids, ascending: an organization's position is its index here.
    package var ids: [OrganizationID]
    /// By position.
    package var countries: [String?]
    /// By position.
    package var facts: [OrganizationMatchFacts]
    /// Offerings of organizations the directory holds, in any order.
    package var offerings: [OfferingRow]
    /// The service of each open need, by its organization's position, in any order.
    package var openNeeds: [(owner: UInt32, service: ServiceCode)]
    /// Relationships whose two ends the directory holds, in any order.
    package var relationships: [RelationshipRow]
    /// Each referral's fact, by its provider's position, in any order.
    package var referrals: [(provider: UInt32, fact: ReferralFact)]

    package init(
        sequence: Int64, services: [Service], areas: [Area], ids: [OrganizationID], countries: [String?], facts: [OrganizationMatchFacts],
        offerings: [OfferingRow], openNeeds: [(owner: UInt32, service: ServiceCode)], relationships: [RelationshipRow],
        referrals: [(provider: UInt32, fact: ReferralFact)]
    ) {
        self.sequence = sequence
        self.services = services
        self.areas = areas
        self.ids = ids
        self.countries = countries
        self.facts = facts
        self.offerings = offerings
        self.openNeeds = openNeeds
        self.relationships = relationships
        self.referrals = referrals
    }

    /// The rows grouped into one match record per organization, by position.
    func records() -> [MatchRecord] {
        var records = facts.map { MatchRecord(facts: $0, offerings: [], openNeeds: [], edges: [], referrals: ReferralCounts()) }
        // Offerings by owner (a counting sort keeps it linear), then by id within each owner.
        var start = [Int](repeating: 0, count: records.count + 1)
        for row in offerings { start[Int(row.owner) + 1] += 1 }
        for index in records.indices { start[index + 1] += start[index] }
        var cursor = start
        var order = [Int](repeating: 0, count: offerings.count)
        for (index, row) in offerings.enumerated() {
            order[cursor[Int(row.owner)]] = index
            cursor[Int(row.owner)] += 1
        }
        for owner in records.indices where start[owner + 1] > start[owner] {
            let group = order[start[owner]..<start[owner + 1]].sorted { offerings[$0].key < offerings[$1].key }
            records[owner].offerings = group.map { offerings[$0].offering }
        }
        for need in openNeeds { records[Int(need.owner)].openNeeds.append(need.service) }
        for row in relationships where row.from != row.to {
            records[Int(row.from)].edges.append(MatchRecord.Edge(target: row.to, kind: row.kind, outgoing: true))
            records[Int(row.to)].edges.append(MatchRecord.Edge(target: row.from, kind: row.kind, outgoing: false))
        }
        for referral in referrals { records[Int(referral.provider)].referrals.add(referral.fact, sign: 1) }
        return records
    }
}

extension Directory {
    /// Builds the directory from a store's narrow rows, as of their change-log position; `cold`
    /// answers for full records, as of the same position.
    package init(columns: DirectoryColumns, cold: any ColdEntries) {
        self.init(
            base: DirectorySnapshot(
                services: columns.services, areas: columns.areas, ids: columns.ids, countries: columns.countries, records: columns.records(), cold: cold),
            sequence: columns.sequence)
    }
}
