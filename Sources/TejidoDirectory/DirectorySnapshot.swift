import Foundation
import TejidoModel

/// The immutable base of the directory: organizations under dense `UInt32` positions (in id
/// order), the matcher's columns (``MatchColumns``: struct-of-arrays, CSR areas, needs and
/// relationships, service posting lists), interned countries for search, and a text index built
/// on first search. Full records are cold: ``cold`` holds them (in memory, or the store as of the
/// snapshot) and is asked only for the few a reader needs. Built once; later writes go to the
/// ``Directory`` overlay.
final class DirectorySnapshot: Sendable {
    let taxonomy: Taxonomy
    let areaTree: AreaTree
    let reference: ReferenceColumns
    let tables: MatchTables
    /// Each position's id, ascending.
    let ids: [OrganizationID]
    let columns: MatchColumns
    let countries: [UInt16]
    let countryCodes: [String]
    let cold: any ColdEntries
    let lazyText: LazyTextIndex
    /// The text index, built on first use.
    var text: TextIndex { lazyText.index }

    /// A snapshot of full entries (in any order), kept in memory as its cold half.
    convenience init(services: [Service], areas: [Area], entries unsorted: [OrganizationEntry], referralFacts: [ReferralID: ReferralFact]) {
        let entries = Self.sortedByID(unsorted, id: \.organization.id)
        let ids = entries.map(\.organization.id)
        var byID = [OrganizationID: UInt32](minimumCapacity: ids.count)
        for (position, id) in ids.enumerated() { byID[id] = UInt32(position) }
        let records = entries.map { MatchRecord($0, node: { byID[$0] }) }
        self.init(
            services: services, areas: areas, ids: ids, countries: entries.map(\.organization.country), records: records, tables: MatchTables(records),
            cold: InMemoryEntries(entries, referralFacts: referralFacts))
    }

    /// A snapshot of the organizations `ids` (ascending), with each one's country and match
    /// record (edges already resolved to positions), the records' `tables`, and `cold` for their full records.
    init(services: [Service], areas: [Area], ids: [OrganizationID], countries: [String?], records: [MatchRecord], tables: MatchTables, cold: any ColdEntries) {
        let taxonomy = Taxonomy(services)
        self.taxonomy = taxonomy
        let areaTree = AreaTree(areas)
        self.areaTree = areaTree
        let reference = ReferenceColumns(taxonomy: taxonomy, areas: areaTree)
        self.reference = reference
        self.ids = ids
        self.tables = tables
        columns = MatchColumns(records: records.lazy.map { Optional($0) }, nodes: [], tables: tables, reference: reference)

        countryCodes = [""] + Array(Set(countries.compactMap { $0 })).sorted()
        let countryPosition = Dictionary(uniqueKeysWithValues: countryCodes.enumerated().map { ($1, UInt16($0)) })
        self.countries = countries.map { countryPosition[$0 ?? ""] ?? 0 }
        self.cold = cold
        lazyText = LazyTextIndex(cold: cold, taxonomy: taxonomy)
    }

    /// The position of the organization with `id`, by binary search over the ids.
    func position(of id: OrganizationID) -> UInt32? {
        let key = id.orderKey
        var low = 0, high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle].orderKey < key { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id ? UInt32(low) : nil
    }

    /// The full entry at `position`, from the cold half.
    func entry(at position: UInt32) -> OrganizationEntry { cold.entry(ids[Int(position)], position: Int(position)) }

    /// What an explanation reads of the organization at `position`.
    func summary(at position: UInt32) -> OrganizationSummary { cold.summary(ids[Int(position)], position: Int(position)) }

    /// The slug and name of the organization at `position`.
    func label(at position: UInt32) -> (slug: Slug, name: String) { cold.label(ids[Int(position)], position: Int(position)) }

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

    var count: Int { ids.count }
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
    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }
    package static func < (lhs: OrderKey, rhs: OrderKey) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}
