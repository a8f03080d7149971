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
