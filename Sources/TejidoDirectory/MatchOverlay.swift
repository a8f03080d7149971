import TejidoModel

/// The matcher's view of one version's overlay: columns for the changed organizations, and which
/// base positions they hide. Built per version in time proportional to the overlay, which
/// compaction keeps small.
///
/// Nodes: a base organization keeps its position as its node whether or not it changed; a new
/// organization gets `baseCount + k`, k in id order. The overlay's local order is the changed base
/// organizations by position (so `shadowed[i]` is local `i`), then the new ones.
package final class MatchOverlay: Sendable {
    /// The tables of this version: the base's, with the values the overlay brings appended.
    package let tables: MatchTables
    package let columns: MatchColumns
    /// Base positions the overlay replaces or deletes, ascending.
    package let shadowed: [UInt32]
    /// The entry of each local organization (`nil`: deleted).
    package let entries: [OrganizationEntry?]
    package let ids: [OrganizationID]
    package let baseCount: Int
    /// The local index of each new organization.
    let newLocal: [OrganizationID: UInt32]

    /// No overlay.
    init(base: DirectorySnapshot) {
        tables = base.tables
        columns = MatchColumns(records: [MatchRecord?](), nodes: [], tables: base.tables, reference: base.reference)
        shadowed = []
        entries = []
        ids = []
        baseCount = base.count
        newLocal = [:]
    }

    init(base: DirectorySnapshot, overlay: [OrganizationID: OrganizationEntry?]) {
        var changed: [(UInt32, OrganizationID, OrganizationEntry?)] = []
        var added: [(OrganizationID, OrganizationEntry)] = []
        for (id, entry) in overlay {
            if let position = base.position(of: id) {
                changed.append((position, id, entry))
            } else if let entry {
                added.append((id, entry))
            }
        }
        changed.sort { $0.0 < $1.0 }
        added.sort { $0.0.orderKey < $1.0.orderKey }
        let baseCount = base.count
        self.baseCount = baseCount
        shadowed = changed.map(\.0)
        entries = changed.map(\.2) + added.map { .some($0.1) }
        ids = changed.map(\.1) + added.map(\.0)
        var newLocal: [OrganizationID: UInt32] = [:]
        for (k, item) in added.enumerated() { newLocal[item.0] = UInt32(changed.count + k) }
        self.newLocal = newLocal
        let nodes = changed.map(\.0) + added.indices.map { UInt32(baseCount + $0) }
        let shadowCount = changed.count
        let records = entries.map { entry in
            entry.map { MatchRecord($0, node: { id in base.position(of: id) ?? newLocal[id].map { UInt32(baseCount) + $0 - UInt32(shadowCount) } }) }
        }
        let tables = base.tables.extended(with: records.compactMap { $0 })
        self.tables = tables
        columns = MatchColumns(records: records, nodes: nodes, tables: tables, reference: base.reference)
    }

    /// How many nodes the version has: base positions, then new organizations.
    package var nodeCount: Int { baseCount + (entries.count - shadowed.count) }

    /// The overlay's local index for `node`, or nil when the node is an unchanged base organization.
    @inline(__always)
    package func local(_ node: UInt32) -> Int? {
        if Int(node) >= baseCount { return shadowed.count + Int(node) - baseCount }
        if shadowed.isEmpty { return nil }
        return MatchColumns.find(node, in: shadowed)
    }

    /// The node of a new organization, if `id` is one.
    func newNode(_ id: OrganizationID) -> UInt32? {
        newLocal[id].map { UInt32(baseCount) + $0 - UInt32(shadowed.count) }
    }
}
