import Foundation
import TejidoModel

/// The immutable base of the directory: organizations under dense `UInt32` positions (in id
/// order), the matcher's columns (``MatchColumns``: struct-of-arrays, CSR areas, needs and
/// relationships, service posting lists), interned countries for search, and a text index built on first search. The
/// full entries are kept for lookups and explanations. Built once from the store; later writes go
/// to the ``Directory`` overlay.
final class DirectorySnapshot: Sendable {
    /// Where a relationship's two ends are, to undo it when it changes.
    struct Ends: Hashable, Sendable {
        let from: OrganizationID
        let to: OrganizationID
        var both: [OrganizationID] { from == to ? [from] : [from, to] }
    }

    let taxonomy: Taxonomy
    let areaTree: AreaTree
    let reference: ReferenceColumns
    let tables: MatchTables
    let entries: [OrganizationEntry]
    let ids: [OrganizationID]
    let byID: [OrganizationID: UInt32]
    let bySlug: [Slug: UInt32]
    let columns: MatchColumns
    let countries: [UInt16]
    let countryCodes: [String]
    let lazyText: LazyTextIndex
    /// The text index, built on first use.
    var text: TextIndex { lazyText.index }
    let offeringOwner: [OfferingID: OrganizationID]
    let needOwner: [NeedID: OrganizationID]
    let relationshipEnds: [RelationshipID: Ends]
    let referralFacts: [ReferralID: ReferralFact]

    init(services: [Service], areas: [Area], entries unsorted: [OrganizationEntry], referralFacts: [ReferralID: ReferralFact]) {
        let taxonomy = Taxonomy(services)
        self.taxonomy = taxonomy
        let areaTree = AreaTree(areas)
        self.areaTree = areaTree
        let reference = ReferenceColumns(taxonomy: taxonomy, areas: areaTree)
        self.reference = reference
        let entries = Self.sortedByID(unsorted, id: \.organization.id)
        self.entries = entries
        let ids = entries.map(\.organization.id)
        self.ids = ids
        var byID = [OrganizationID: UInt32](minimumCapacity: ids.count)
        for (position, id) in ids.enumerated() { byID[id] = UInt32(position) }
        self.byID = byID
        var bySlug = [Slug: UInt32](minimumCapacity: ids.count)
        for (position, entry) in entries.enumerated() where bySlug[entry.organization.slug] == nil { bySlug[entry.organization.slug] = UInt32(position) }
        self.bySlug = bySlug

        let tables = MatchTables(entries)
        self.tables = tables
        columns = MatchColumns(entries: entries, nodes: [], node: { byID[$0] }, tables: tables, reference: reference)

        countryCodes = [""] + Array(Set(entries.compactMap(\.organization.country))).sorted()
        let countryPosition = Dictionary(uniqueKeysWithValues: countryCodes.enumerated().map { ($1, UInt16($0)) })
        countries = entries.map { countryPosition[$0.organization.country ?? ""] ?? 0 }

        var offeringOwner: [OfferingID: OrganizationID] = [:], needOwner: [NeedID: OrganizationID] = [:], relationshipEnds: [RelationshipID: Ends] = [:]
        for entry in entries {
            for offering in entry.offerings { offeringOwner[offering.id] = offering.organization }
            for need in entry.needs { needOwner[need.id] = need.organization }
            for relationship in entry.relationships where relationship.from == entry.organization.id || byID[relationship.from] == nil {
                relationshipEnds[relationship.id] = Ends(from: relationship.from, to: relationship.to)
            }
        }
        self.offeringOwner = offeringOwner
        self.needOwner = needOwner
        self.relationshipEnds = relationshipEnds
        self.referralFacts = referralFacts
        lazyText = LazyTextIndex(entries: entries, taxonomy: taxonomy)
    }

    /// The dataset's organizations grouped into entries, in id order, with each provider's referral counts.
    static func entries(of dataset: DirectoryDataset) -> [OrganizationEntry] {
        var entries = sortedByID(dataset.organizations, id: \.id).map { OrganizationEntry(organization: $0) }
        var position = [OrganizationID: Int](minimumCapacity: entries.count)
        for (index, entry) in entries.enumerated() { position[entry.organization.id] = index }
        for offering in dataset.offerings { if let index = position[offering.organization] { entries[index].offerings.append(offering) } }
        for need in dataset.needs { if let index = position[need.organization] { entries[index].needs.append(need) } }
        for relationship in dataset.relationships {
            if let index = position[relationship.from] { entries[index].relationships.append(relationship) }
            if relationship.to != relationship.from, let index = position[relationship.to] { entries[index].relationships.append(relationship) }
        }
        for referral in dataset.referrals {
            if let index = position[referral.provider] { entries[index].referrals.add(ReferralFact(referral), sign: 1) }
        }
        return entries
    }

    /// What each of the dataset's referrals contributes to its provider's counts.
    static func referralFacts(of dataset: DirectoryDataset) -> [ReferralID: ReferralFact] {
        var facts = [ReferralID: ReferralFact](minimumCapacity: dataset.referrals.count)
        for referral in dataset.referrals { facts[referral.id] = ReferralFact(referral) }
        return facts
    }

    /// `items` in id order, compared as the ids' canonical text compares (which is their byte order).
    static func sortedByID<T>(_ items: [T], id: (T) -> OrganizationID) -> [T] {
        let keys = items.map { id($0).orderKey }
        var sorted = true
        for index in keys.indices.dropFirst() where !(keys[index - 1] < keys[index]) {
            sorted = false
            break
        }
        if sorted { return items }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { items[$0] }
    }

    var count: Int { entries.count }
}

extension EntityID {
    /// The id's 16 bytes as two big-endian integers: ordered exactly as the lower-case canonical
    /// text is, without building strings.
    package var orderKey: OrderKey {
        withUnsafeBytes(of: uuid.uuid) { raw in
            OrderKey(
                high: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                low: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }
}

/// A UUID as a pair of integers, compared high first.
package struct OrderKey: Comparable, Hashable, Sendable {
    package let high: UInt64
    package let low: UInt64
    package static func < (lhs: OrderKey, rhs: OrderKey) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}
