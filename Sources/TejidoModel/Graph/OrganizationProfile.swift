/// An organization with everything that hangs off it: what `show` prints.
public struct OrganizationProfile: Hashable, Sendable {
    /// A relationship seen from the profile's organization, with the organization at the other end.
    public struct Link: Hashable, Sendable {
        public var relationship: Relationship
        /// Whether the profile's organization is the `from` end.
        public var outgoing: Bool
        public var other: OrganizationID
        public var otherSlug: Slug
        public var otherName: String
        public init(relationship: Relationship, outgoing: Bool, other: OrganizationID, otherSlug: Slug, otherName: String) {
            self.relationship = relationship
            self.outgoing = outgoing
            self.other = other
            self.otherSlug = otherSlug
            self.otherName = otherName
        }
    }

    public var organization: Organization
    public var offerings: [Offering]
    public var needs: [Need]
    public var links: [Link]
    public var activityReports: [ActivityReport]

    public init(organization: Organization, offerings: [Offering], needs: [Need], links: [Link], activityReports: [ActivityReport]) {
        self.organization = organization
        self.offerings = offerings
        self.needs = needs
        self.links = links
        self.activityReports = activityReports
    }
}

/// Counts of what a directory holds.
public struct DirectoryStats: Hashable, Sendable, Codable {
    public var organizations: Int
    public var byCountry: [String: Int]
    public var offerings: Int
    public var needs: Int
    public var relationships: Int
    public var services: Int
    public var areas: Int
    public var activityReports: Int

    public init(organizations: Int, byCountry: [String: Int], offerings: Int, needs: Int, relationships: Int, services: Int, areas: Int, activityReports: Int) {
        self.organizations = organizations
        self.byCountry = byCountry
        self.offerings = offerings
        self.needs = needs
        self.relationships = relationships
        self.services = services
        self.areas = areas
        self.activityReports = activityReports
    }

    enum CodingKeys: String, CodingKey {
        case organizations, byCountry = "by_country", offerings, needs, relationships, services, areas, activityReports = "activity_reports"
    }
}
