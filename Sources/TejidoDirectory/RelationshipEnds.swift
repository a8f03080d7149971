import TejidoModel

/// Where a relationship's two ends are, to undo it when it changes.
package struct RelationshipEnds: Hashable, Sendable {
    package let from: OrganizationID
    package let to: OrganizationID

    package init(from: OrganizationID, to: OrganizationID) {
        self.from = from
        self.to = to
    }

    /// The organizations it touches, once each.
    var both: [OrganizationID] { from == to ? [from] : [from, to] }
}
