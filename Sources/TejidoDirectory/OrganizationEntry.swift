import TejidoModel

/// One organization as the directory holds it: the record and everything that hangs off it.
/// The overlay replaces whole entries, so a reader never sees half of a change.
public struct OrganizationEntry: Hashable, Sendable {
    public var organization: Organization
    public var offerings: [Offering]
    public var needs: [Need]
    /// Edges in either direction.
    public var relationships: [Relationship]
    /// What the referrals sent to it as a provider have come to.
    public var referrals: ReferralCounts

    public init(organization: Organization, offerings: [Offering] = [], needs: [Need] = [], relationships: [Relationship] = [], referrals: ReferralCounts = ReferralCounts()) {
        self.organization = organization
        self.offerings = offerings
        self.needs = needs
        self.relationships = relationships
        self.referrals = referrals
    }

    /// The distinct codes it offers, sorted.
    public var services: [ServiceCode] { Set(offerings.map(\.service)).sorted() }
}

extension OrganizationEntry {
    /// The dataset's organizations grouped into entries, in id order, with each provider's referral counts.
    package static func entries(of dataset: DirectoryDataset) -> [OrganizationEntry] {
        var entries = DirectorySnapshot.sortedByID(dataset.organizations, id: \.id).map { OrganizationEntry(organization: $0) }
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
}
