/// A service an organization offers, with the terms a referrer needs to know: languages, areas,
/// capacity, cost, co-op fluency and modes of delivery.
public struct Offering: Hashable, Sendable, Codable, Identifiable {
    /// How much a service costs its client.
    public enum Cost: String, Hashable, Sendable, Codable, CaseIterable {
        case free
        case slidingScale = "sliding_scale"
        case paid
    }

    /// How a service is delivered.
    public enum Mode: String, Hashable, Sendable, Codable, CaseIterable {
        case inPerson = "in_person"
        case remote
    }

    public var id: OfferingID
    public var organization: OrganizationID
    public var service: ServiceCode
    public var description: LocalizedText
    /// Languages it is delivered in; empty means the organization's own.
    public var languages: [LanguageCode]
    /// Areas it is delivered in; empty means the organization's service areas.
    public var areas: [AreaID]
    /// Open slots per month, when known.
    public var capacityPerMonth: Int?
    public var cost: Cost?
    public var coopFluent: Bool?
    public var modes: [Mode]
    public var sources: [Source]

    public init(
        id: OfferingID, organization: OrganizationID, service: ServiceCode, description: LocalizedText = [:], languages: [LanguageCode] = [],
        areas: [AreaID] = [], capacityPerMonth: Int? = nil, cost: Cost? = nil, coopFluent: Bool? = nil, modes: [Mode] = [], sources: [Source] = []
    ) {
        self.id = id
        self.organization = organization
        self.service = service
        self.description = description
        self.languages = languages
        self.areas = areas
        self.capacityPerMonth = capacityPerMonth
        self.cost = cost
        self.coopFluent = coopFluent
        self.modes = modes
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case id, organization, service, description, languages, areas, capacityPerMonth = "capacity_per_month", cost, coopFluent = "coop_fluent", modes, sources
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(OfferingID.self, forKey: .id)
        organization = try c.decode(OrganizationID.self, forKey: .organization)
        service = try c.decode(ServiceCode.self, forKey: .service)
        description = try c.decode(.description, default: [:])
        languages = try c.decode(.languages, default: [])
        areas = try c.decode(.areas, default: [])
        capacityPerMonth = try c.decodeIfPresent(Int.self, forKey: .capacityPerMonth)
        cost = try c.decodeIfPresent(Cost.self, forKey: .cost)
        coopFluent = try c.decodeIfPresent(Bool.self, forKey: .coopFluent)
        modes = try c.decode(.modes, default: [])
        sources = try c.decode(.sources, default: [])
    }
}
