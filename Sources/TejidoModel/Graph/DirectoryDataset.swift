/// Everything a directory holds, as plain records: what a seed or an import brings, what a store
/// loads, and what a snapshot is built from.
public struct DirectoryDataset: Sendable, Equatable {
    public var services: [Service]
    public var areas: [Area]
    public var organizations: [Organization]
    public var offerings: [Offering]
    public var needs: [Need]
    public var relationships: [Relationship]
    public var referrals: [Referral]
    public var activityReports: [ActivityReport]

    public init(
        services: [Service] = [], areas: [Area] = [], organizations: [Organization] = [], offerings: [Offering] = [], needs: [Need] = [],
        relationships: [Relationship] = [], referrals: [Referral] = [], activityReports: [ActivityReport] = []
    ) {
        self.services = services
        self.areas = areas
        self.organizations = organizations
        self.offerings = offerings
        self.needs = needs
        self.relationships = relationships
        self.referrals = referrals
        self.activityReports = activityReports
    }

    /// The same records, each list sorted by id, so two datasets with the same content compare equal.
    public var normalized: DirectoryDataset {
        DirectoryDataset(
            services: services.sorted { $0.code < $1.code },
            areas: areas.sorted { $0.id < $1.id },
            organizations: organizations.sorted { $0.id < $1.id },
            offerings: offerings.sorted { $0.id < $1.id },
            needs: needs.sorted { $0.id < $1.id },
            relationships: relationships.sorted { $0.id < $1.id },
            referrals: referrals.sorted { $0.id < $1.id },
            activityReports: activityReports.sorted { $0.id < $1.id }
        )
    }
}
