import TejidoModel

/// What the matcher reads from one version: the base columns, the overlay's, and the mapping
/// between nodes, ids and entries. Nodes are dense `UInt32`s: base positions (in id order), then
/// organizations added since the base was built.
extension Directory {
    /// The base organizations' columns (local index = node).
    package var baseColumns: MatchColumns { base.columns }
    /// The overlay's columns and the base positions it hides.
    package var overlayView: MatchOverlay { matchOverlay }
    /// The taxonomy and area tree under dense indexes.
    package var reference: ReferenceColumns { base.reference }
    /// The interning tables of this version.
    package var tables: MatchTables { matchOverlay.tables }
    /// How many nodes this version has (deleted base organizations keep theirs, empty).
    package var nodeCount: Int { matchOverlay.nodeCount }
    /// How many organizations the base holds.
    package var baseCount: Int { base.count }

    /// The node of the organization with `id`, unless it is deleted or unknown.
    package func node(of id: OrganizationID) -> UInt32? {
        if let position = base.position(of: id) {
            if let local = matchOverlay.local(position), matchOverlay.entries[local] == nil { return nil }
            return position
        }
        return matchOverlay.newNode(id)
    }

    /// The entry of `node` as of this version (`nil` when deleted).
    package func entry(node: UInt32) -> OrganizationEntry? {
        if let local = matchOverlay.local(node) { return matchOverlay.entries[local] }
        return base.entry(at: node)
    }

    /// What an explanation reads of `node`'s organization as of this version (`nil` when deleted):
    /// from the store, about half the work of ``entry(node:)``.
    package func summary(node: UInt32) -> OrganizationSummary? {
        if let local = matchOverlay.local(node) { return matchOverlay.entries[local]?.summary }
        return base.summary(at: node)
    }

    /// The name of `node`'s organization as of this version (`nil` when deleted), read without
    /// the rest of its record.
    package func name(node: UInt32) -> String? { label(node: node)?.name }

    /// The id, slug and name of `node`'s organization as of this version (`nil` when deleted): how
    /// an answer names it, read without the rest of its record.
    package func label(node: UInt32) -> (id: OrganizationID, slug: Slug, name: String)? {
        if let local = matchOverlay.local(node) { return matchOverlay.entries[local].map { ($0.organization.id, $0.organization.slug, $0.organization.name) } }
        let label = base.label(at: node)
        return (base.ids[Int(node)], label.slug, label.name)
    }

    /// The id of `node`.
    package func id(node: UInt32) -> OrganizationID {
        if let local = matchOverlay.local(node) { return matchOverlay.ids[local] }
        return base.ids[Int(node)]
    }

    /// Whether `a` comes before `b` in id order: the tie-break that makes answers deterministic.
    package func idPrecedes(_ a: UInt32, _ b: UInt32) -> Bool {
        if Int(a) < base.count && Int(b) < base.count { return a < b }
        return id(node: a).orderKey < id(node: b).orderKey
    }

    /// The id order of this version's nodes, for hot loops.
    package var idOrder: IDOrder {
        IDOrder(baseCount: base.count, baseIDs: base.ids, newIDs: Array(matchOverlay.ids[matchOverlay.shadowed.count...]))
    }

    /// The columns and local index holding `node`.
    @inline(__always)
    package func columns(of node: UInt32) -> (columns: MatchColumns, local: Int) {
        if let local = matchOverlay.local(node) { return (matchOverlay.columns, local) }
        return (base.columns, Int(node))
    }

    /// The area with dense index `index`.
    package func area(at index: UInt32) -> Area { base.areaTree.areas[Int(index)] }

    /// The service with dense index `index`.
    package func service(at index: UInt16) -> Service { base.taxonomy.services[Int(index)] }

    /// The hot part of this version's memory: the matcher's columns, CSR adjacency and posting
    /// lists, and search's country column, for the base and the overlay. Benchmarks read
    /// `memoryFootprint.bytesPerOrganization` against the budget of 200 bytes per organization.
    public var memoryFootprint: MemoryFootprint {
        let searchColumns = base.countries.count * MemoryLayout<UInt16>.stride
        return MemoryFootprint(organizations: count, baseBytes: base.columns.byteCount + searchColumns, overlayBytes: matchOverlay.columns.byteCount)
    }
}
