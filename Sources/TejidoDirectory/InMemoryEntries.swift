import TejidoModel

/// Cold entries held in memory: every full record, with lookup tables over them. What a directory
/// built from a dataset (the seed, tests, a compacted version) keeps.
final class InMemoryEntries: ColdEntries {
    private let entries: [OrganizationEntry]
    private let bySlug: [Slug: OrganizationID]
    private let offeringOwner: [OfferingID: OrganizationID]
    private let needOwner: [NeedID: OrganizationID]
    private let relationshipEnds: [RelationshipID: RelationshipEnds]
    private let referralFacts: [ReferralID: ReferralFact]

    /// Over `entries` in id order, and the facts of the referrals they count.
    init(_ entries: [OrganizationEntry], referralFacts: [ReferralID: ReferralFact]) {
        self.entries = entries
        var bySlug = [Slug: OrganizationID](minimumCapacity: entries.count)
        var offeringOwner: [OfferingID: OrganizationID] = [:], needOwner: [NeedID: OrganizationID] = [:], relationshipEnds: [RelationshipID: RelationshipEnds] = [:]
        let ids = Set(entries.map(\.organization.id))
        for entry in entries {
            if bySlug[entry.organization.slug] == nil { bySlug[entry.organization.slug] = entry.organization.id }
            for offering in entry.offerings { offeringOwner[offering.id] = offering.organization }
            for need in entry.needs { needOwner[need.id] = need.organization }
            for relationship in entry.relationships where relationship.from == entry.organization.id || !ids.contains(relationship.from) {
                relationshipEnds[relationship.id] = RelationshipEnds(from: relationship.from, to: relationship.to)
            }
        }
        self.bySlug = bySlug
        self.offeringOwner = offeringOwner
        self.needOwner = needOwner
        self.relationshipEnds = relationshipEnds
        self.referralFacts = referralFacts
    }

    func entry(_ id: OrganizationID, position: Int) -> OrganizationEntry { entries[position] }
    func summary(_ id: OrganizationID, position: Int) -> OrganizationSummary { entries[position].summary }
    func label(_ id: OrganizationID, position: Int) -> (slug: Slug, name: String) {
        (entries[position].organization.slug, entries[position].organization.name)
    }
    func allEntries() -> [OrganizationEntry] { entries }
    func organization(withSlug slug: Slug) -> OrganizationID? { bySlug[slug] }
    func slugs() -> [(id: OrganizationID, slug: Slug)] { entries.map { ($0.organization.id, $0.organization.slug) } }
    func owner(ofOffering id: OfferingID) -> OrganizationID? { offeringOwner[id] }
    func owner(ofNeed id: NeedID) -> OrganizationID? { needOwner[id] }
    func ends(ofRelationship id: RelationshipID) -> RelationshipEnds? { relationshipEnds[id] }
    func fact(ofReferral id: ReferralID) -> ReferralFact? { referralFacts[id] }
    func allFacts() -> [ReferralID: ReferralFact] { referralFacts }
}
