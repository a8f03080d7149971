import Dispatch
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

    /// The rows grouped into one match record per organization, by position. Each kind of row is
    /// grouped by organization into one flat array (a counting sort, linear), and the records hold
    /// slices of it.
    func records() -> [MatchRecord] {
        let count = facts.count
        // Offerings, by owner and then by id within each owner.
        let offeringOrder = Self.grouped(owners: offerings.map { $0.owner }, keys: offerings.map { $0.key }, count: count)
        let flatOfferings = offeringOrder.values.map { offerings[$0].offering }
        let needs = Self.grouped(openNeeds.indices, count: count) { Int(openNeeds[$0].owner) }
        let flatNeeds = needs.values.map { openNeeds[$0].service }
        // Each relationship twice (end `2k` is relationship k seen from its `from` end, `2k + 1` from its `to` end).
        let links = relationships.indices.filter { relationships[$0].from != relationships[$0].to }
        let ends = Self.grouped(0..<2 * links.count, count: count) { end in
            let row = relationships[links[end / 2]]
            return Int(end % 2 == 0 ? row.from : row.to)
        }
        let flatEdges = ends.values.map { end in
            let row = relationships[links[end / 2]]
            return end % 2 == 0 ? MatchRecord.Edge(target: row.to, kind: row.kind, outgoing: true) : MatchRecord.Edge(target: row.from, kind: row.kind, outgoing: false)
        }
        var records = (0..<count).map { position in
            MatchRecord(
                facts: facts[position], offerings: flatOfferings[offeringOrder.start[position]..<offeringOrder.start[position + 1]],
                openNeeds: flatNeeds[needs.start[position]..<needs.start[position + 1]], edges: flatEdges[ends.start[position]..<ends.start[position + 1]],
                referrals: ReferralCounts())
        }
        for referral in referrals { records[Int(referral.provider)].referrals.add(referral.fact, sign: 1) }
        return records
    }

    /// The indexes of `owners` grouped by owner (in 0..<count), and within a group in the order
    /// of `keys` (parallel to `owners`): group `i` is `values[start[i]..<start[i + 1]]`. A
    /// counting sort, then an insertion sort per group (most hold one or two) over a flat copy
    /// of the keys.
    package static func grouped(owners: [UInt32], keys: [OrderKey], count: Int) -> (values: [Int], start: [Int]) {
        var (values, start) = grouped(owners.indices, count: count) { Int(owners[$0]) }
        var sorted = values.map { keys[$0] }
        for owner in 0..<count where start[owner + 1] - start[owner] > 1 {
            for index in (start[owner] + 1)..<start[owner + 1] {
                let (moving, key) = (values[index], sorted[index])
                var slot = index
                while slot > start[owner] && key < sorted[slot - 1] {
                    values[slot] = values[slot - 1]
                    sorted[slot] = sorted[slot - 1]
                    slot -= 1
                }
                values[slot] = moving
                sorted[slot] = key
            }
        }
        return (values, start)
    }

    /// `items` grouped by `owner` (in 0..<count), keeping their order within a group: group `i` is
    /// `values[start[i]..<start[i + 1]]`.
    package static func grouped(_ items: some Collection<Int>, count: Int, owner: (Int) -> Int) -> (values: [Int], start: [Int]) {
        var start = [Int](repeating: 0, count: count + 1)
        for item in items { start[owner(item) + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        var cursor = start
        var values = [Int](repeating: 0, count: start[count])
        for item in items {
            let group = owner(item)
            values[cursor[group]] = item
            cursor[group] += 1
        }
        return (values, start)
    }
}

extension Directory {
    /// Builds the directory from a store's narrow rows, as of their change-log position; `cold`
    /// answers for full records, as of the same position.
    package init(columns: DirectoryColumns, cold: any ColdEntries) {
        // The records and the tables (counted from the same facts) on two cores.
        nonisolated(unsafe) var records: [MatchRecord] = [], tables: MatchTables?
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                records = columns.records()
            } else {
                tables = MatchTables(organizations: columns.facts, offerings: columns.offerings.lazy.map(\.offering.facts))
            }
        }
        self.init(
            base: DirectorySnapshot(
                services: columns.services, areas: columns.areas, ids: columns.ids, countries: columns.countries, records: records, tables: tables!, cold: cold),
            sequence: columns.sequence)
    }
}
