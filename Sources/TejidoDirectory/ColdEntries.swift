import TejidoModel

/// The cold half of a directory snapshot: full records, and the facts a change needs to undo what
/// the record it replaces contributed, as of the snapshot's version. The snapshot keeps only what
/// the matcher scans (``MatchColumns``) in memory and asks this for the rest: the suggestions shown,
/// `show`, applying a change, search, compaction.
///
/// ``InMemoryEntries`` holds everything in memory (a directory built from a dataset); the store
/// answers from the database as it was when the snapshot was read. Answers must not change over
/// the snapshot's life. Lookups of unknown ids return nil.
package protocol ColdEntries: Sendable {
    /// The entry of the organization with `id`, at base position `position`.
    func entry(_ id: OrganizationID, position: Int) -> OrganizationEntry
    /// The part of that entry an explanation reads (its record, offerings and referral counts).
    func summary(_ id: OrganizationID, position: Int) -> OrganizationSummary
    /// The slug and name of the organization with `id`, at base position `position`: what an
    /// answer or a reason that names an organization needs, without its whole record.
    func label(_ id: OrganizationID, position: Int) -> (slug: Slug, name: String)
    /// Every entry, in position (id) order: for search's text index and for compaction.
    func allEntries() -> [OrganizationEntry]
    /// The organization with this slug.
    func organization(withSlug slug: Slug) -> OrganizationID?
    /// Every organization's slug.
    func slugs() -> [(id: OrganizationID, slug: Slug)]
    /// The organization that holds the offering.
    func owner(ofOffering id: OfferingID) -> OrganizationID?
    /// The organization that has the need.
    func owner(ofNeed id: NeedID) -> OrganizationID?
    /// The two ends of the relationship.
    func ends(ofRelationship id: RelationshipID) -> RelationshipEnds?
    /// What the referral contributes to its provider's counts.
    func fact(ofReferral id: ReferralID) -> ReferralFact?
    /// Every referral's fact: for compaction.
    func allFacts() -> [ReferralID: ReferralFact]
}
