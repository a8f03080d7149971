/// A service an organization needs, and how that need stands.
public struct Need: Hashable, Sendable, Codable, Identifiable {
    /// How soon the need must be met.
    public enum Urgency: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
        case low, medium, high
        var rank: Int { self == .low ? 0 : self == .medium ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// Where the need stands.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case open, matched, met, withdrawn
    }

    public var id: NeedID
    public var organization: OrganizationID
    public var service: ServiceCode
    public var description: LocalizedText
    public var urgency: Urgency
    public var status: Status
    public var since: PartialDate?
    public var sources: [Source]

    public init(
        id: NeedID, organization: OrganizationID, service: ServiceCode, description: LocalizedText = [:], urgency: Urgency = .medium,
        status: Status = .open, since: PartialDate? = nil, sources: [Source] = []
    ) {
        self.id = id
        self.organization = organization
        self.service = service
        self.description = description
        self.urgency = urgency
        self.status = status
        self.since = since
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey { case id, organization, service, description, urgency, status, since, sources}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(NeedID.self, forKey: .id)
        organization = try c.decode(OrganizationID.self, forKey: .organization)
        service = try c.decode(ServiceCode.self, forKey: .service)
        description = try c.decode(.description, default: [:])
        urgency = try c.decode(.urgency, default: .medium)
        status = try c.decode(.status, default: .open)
        since = try c.decodeIfPresent(PartialDate.self, forKey: .since)
        sources = try c.decode(.sources, default: [])
    }
}
