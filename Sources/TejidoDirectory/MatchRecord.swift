import TejidoModel

/// Everything ``MatchColumns`` and ``MatchTables`` take from one organization. Both ways of
/// building a snapshot produce these — from full records (``init(_:node:)``) or from the store's
/// narrow columns (``DirectoryColumns``) — and feed the same builder, so they cannot drift.
package struct MatchRecord: Sendable {
    /// One offering: its service and facts.
    package struct Offering: Sendable {
        package var service: ServiceCode
        package var facts: OfferingMatchFacts

        package init(service: ServiceCode, facts: OfferingMatchFacts) {
            self.service = service
            self.facts = facts
        }
    }

    /// One relationship seen from this organization, its other end resolved to a node.
    package struct Edge: Sendable {
        package var target: UInt32
        package var kind: Relationship.Kind
        /// Whether this organization is the relationship's `from` end.
        package var outgoing: Bool

        package init(target: UInt32, kind: Relationship.Kind, outgoing: Bool) {
            self.target = target
            self.kind = kind
            self.outgoing = outgoing
        }
    }

    package var facts: OrganizationMatchFacts
    /// In the order the columns list them (id order, in a snapshot). The lists are slices so that
    /// a million records can share a few flat arrays instead of holding millions of small ones.
    package var offerings: ArraySlice<Offering>
    /// The services of its open needs, in any order, repeats allowed.
    package var openNeeds: ArraySlice<ServiceCode>
    /// Relationships to other organizations the directory holds, in any order.
    package var edges: ArraySlice<Edge>
    package var referrals: ReferralCounts

    package init(facts: OrganizationMatchFacts, offerings: ArraySlice<Offering>, openNeeds: ArraySlice<ServiceCode>, edges: ArraySlice<Edge>, referrals: ReferralCounts) {
        self.facts = facts
        self.offerings = offerings
        self.openNeeds = openNeeds
        self.edges = edges
        self.referrals = referrals
    }

    /// The record of a full entry; `node` finds the node of a relationship's other end.
    init(_ entry: OrganizationEntry, node: (OrganizationID) -> UInt32?) {
        let id = entry.organization.id
        self.init(
            facts: OrganizationMatchFacts(entry.organization),
            offerings: ArraySlice(entry.offerings.map { Offering(service: $0.service, facts: OfferingMatchFacts($0)) }),
            openNeeds: ArraySlice(entry.needs.filter { $0.status == .open }.map(\.service)),
            edges: ArraySlice(entry.relationships.compactMap { relationship in
                let outgoing = relationship.from == id
                let other = outgoing ? relationship.to : relationship.from
                guard other != id, let target = node(other) else { return nil }
                return Edge(target: target, kind: relationship.kind, outgoing: outgoing)
            }),
            referrals: entry.referrals)
    }
}
