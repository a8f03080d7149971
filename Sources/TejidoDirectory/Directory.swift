import TejidoModel

/// The in-memory read model of the directory, one immutable version at a time. A version is a
/// large base snapshot plus a small overlay of organizations changed since it was built (a `nil`
/// entry marks a deletion); readers consult the overlay first. Applying the change log returns a
/// new version without rebuilding the base; ``compacted()`` folds the overlay into a new base when
/// it has grown. A reader holding a version keeps seeing exactly that version.
///
/// Referrals are held as counts per provider (``OrganizationEntry/referrals``): a referral change
/// in the log updates its provider's entry, so the matcher's track record and capacity follow
/// outcomes as they are written.
public struct Directory: Sendable {
    /// The change-log position this version reflects.
    public let sequence: Int64
    let base: DirectorySnapshot
    let overlay: [OrganizationID: OrganizationEntry?]
    let overlayTexts: [OrganizationID: SearchText]
    let offeringOwner: [OfferingID: OrganizationID]
    let needOwner: [NeedID: OrganizationID]
    let relationshipEnds: [RelationshipID: RelationshipEnds]
    /// Referral facts changed since the base was built; `nil` marks a deleted referral.
    let referralFacts: [ReferralID: ReferralFact?]
    /// The matcher's view of the overlay.
    let matchOverlay: MatchOverlay

    /// Builds the directory from a whole dataset (referrals included), as of change-log position
    /// `sequence`, holding every full record in memory (the seed, tests). From an open store,
    /// `SQLiteStore.directory()` builds the same columns from narrow rows instead and leaves full
    /// records in the store; later changes go through ``applying(_:)`` either way.
    public init(_ dataset: DirectoryDataset, sequence: Int64 = 0) {
        self.init(
            base: DirectorySnapshot(
                services: dataset.services, areas: dataset.areas, entries: OrganizationEntry.entries(of: dataset),
                referralFacts: ReferralFact.facts(of: dataset)),
            sequence: sequence)
    }

    init(base: DirectorySnapshot, sequence: Int64, overlay: [OrganizationID: OrganizationEntry?] = [:], overlayTexts: [OrganizationID: SearchText] = [:],
         offeringOwner: [OfferingID: OrganizationID] = [:], needOwner: [NeedID: OrganizationID] = [:],
         relationshipEnds: [RelationshipID: RelationshipEnds] = [:], referralFacts: [ReferralID: ReferralFact?] = [:]) {
        self.base = base
        self.sequence = sequence
        self.overlay = overlay
        self.overlayTexts = overlayTexts
        self.offeringOwner = offeringOwner
        self.needOwner = needOwner
        self.relationshipEnds = relationshipEnds
        self.referralFacts = referralFacts
        matchOverlay = overlay.isEmpty ? MatchOverlay(base: base) : MatchOverlay(base: base, overlay: overlay)
    }

    /// The service taxonomy.
    public var taxonomy: Taxonomy { base.taxonomy }
    /// The areas.
    public var areas: AreaTree { base.areaTree }
    /// How many organizations changed since the base was built.
    public var overlayCount: Int { overlay.count }

    /// How many organizations the directory holds.
    public var count: Int {
        base.count + overlay.reduce(0) { total, item in
            let inBase = base.position(of: item.key) != nil
            return total + (item.value == nil ? (inBase ? -1 : 0) : (inBase ? 0 : 1))
        }
    }

    /// The organization with this id or slug.
    public func entry(_ idOrSlug: String) -> OrganizationEntry? {
        id(idOrSlug).flatMap(entry)
    }

    /// The id of the organization with this id or slug, without reading its record (a deleted
    /// one's id may come back; ``entry(_:)-(OrganizationID)`` and ``node(of:)`` have nothing for it).
    package func id(_ idOrSlug: String) -> OrganizationID? {
        if let id = OrganizationID(idOrSlug) { return id }
        let slug = Slug(idOrSlug)
        if let changed = overlay.values.first(where: { $0?.organization.slug == slug }) { return changed?.organization.id }
        return base.cold.organization(withSlug: slug)
    }

    /// The organization with this id.
    public func entry(_ id: OrganizationID) -> OrganizationEntry? {
        if let changed = overlay[id] { return changed }
        return base.position(of: id).map { base.entry(at: $0) }
    }

    /// Every organization's slug, for "did you mean".
    public var slugs: [Slug] {
        var slugs = Set(base.cold.slugs().compactMap { overlay[$0.id] == nil ? $0.slug : nil })
        for case let entry? in overlay.values { slugs.insert(entry.organization.slug) }
        return slugs.sorted()
    }
}
