import TejidoModel

/// Compares the nodes of one directory version in id order, the tie-break that makes answers
/// deterministic. Base nodes are in id order already, so two of them compare as integers; a node
/// added by the overlay compares by its id.
package struct IDOrder: Sendable {
    @usableFromInline let baseCount: Int
    @usableFromInline let baseIDs: [OrganizationID]
    /// The ids of the nodes from `baseCount` on.
    @usableFromInline let newIDs: [OrganizationID]

    init(baseCount: Int, baseIDs: [OrganizationID], newIDs: [OrganizationID]) {
        self.baseCount = baseCount
        self.baseIDs = baseIDs
        self.newIDs = newIDs
    }

    /// Whether node `a` comes before node `b` in id order.
    @inlinable @inline(__always)
    package func precedes(_ a: UInt32, _ b: UInt32) -> Bool {
        if Int(a) < baseCount && Int(b) < baseCount { return a < b }
        return key(a) < key(b)
    }

    @inlinable
    func key(_ node: UInt32) -> OrderKey {
        Int(node) < baseCount ? baseIDs[Int(node)].orderKey : newIDs[Int(node) - baseCount].orderKey
    }
}
