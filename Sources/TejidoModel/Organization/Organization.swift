/// An organization of the co-operative and social-and-solidarity economy ecosystem: a co-op, a
/// developer, a provider, a municipality, a network. Offerings, needs and relationships are
/// separate records that point to it.
public struct Organization: Hashable, Sendable, Codable, Identifiable {
    public var id: OrganizationID
    public var slug: Slug
    /// Its own name, in its own language.
    public var name: String
    public var alternateNames: [AlternateName]
    public var description: LocalizedText
    public var kinds: [OrganizationKind]
    public var legalForm: String?
    public var stage: Stage?
    public var sectors: [String]
    public var website: String?
    public var email: String?
    public var phone: String?
    public var locations: [Location]
    /// The areas it serves.
    public var serviceAreas: [AreaID]
    public var languages: [LanguageCode]
    public var populationsServed: [String]
    public var coopFluency: CoopFluency?
    /// Whether it takes referrals (providers do unless they say otherwise).
    public var acceptsReferrals: Bool
    /// People: private.
    public var contacts: [Contact]
    public var sources: [Source]

    public init(
        id: OrganizationID, slug: Slug, name: String, alternateNames: [AlternateName] = [], description: LocalizedText = [:],
        kinds: [OrganizationKind], legalForm: String? = nil, stage: Stage? = nil, sectors: [String] = [], website: String? = nil,
        email: String? = nil, phone: String? = nil, locations: [Location] = [], serviceAreas: [AreaID] = [], languages: [LanguageCode] = [],
        populationsServed: [String] = [], coopFluency: CoopFluency? = nil, acceptsReferrals: Bool = true, contacts: [Contact] = [],
        sources: [Source]
    ) {
        self.id = id
        self.slug = slug
        self.name = name
        self.alternateNames = alternateNames
        self.description = description
        self.kinds = kinds
        self.legalForm = legalForm
        self.stage = stage
        self.sectors = sectors
        self.website = website
        self.email = email
        self.phone = phone
        self.locations = locations
        self.serviceAreas = serviceAreas
        self.languages = languages
        self.populationsServed = populationsServed
        self.coopFluency = coopFluency
        self.acceptsReferrals = acceptsReferrals
        self.contacts = contacts
        self.sources = sources
    }

    /// The country of its first location, the one it is listed under.
    public var country: String? { locations.first?.country }

    /// The record with private fields removed, for public output.
    public var publicView: Organization {
        var copy = self
        copy.contacts = []
        return copy
    }

    enum CodingKeys: String, CodingKey {
        case id, slug, name, alternateNames = "alternate_names", description, kinds, legalForm = "legal_form", stage, sectors, website, email, phone, locations
        case serviceAreas = "service_areas", languages, populationsServed = "populations_served", coopFluency = "coop_fluency", acceptsReferrals = "accepts_referrals", contacts, sources
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(OrganizationID.self, forKey: .id)
        slug = try c.decode(Slug.self, forKey: .slug)
        name = try c.decode(String.self, forKey: .name)
        alternateNames = try c.decode(.alternateNames, default: [])
        description = try c.decode(.description, default: [:])
        kinds = try c.decode(.kinds, default: [])
        legalForm = try c.decodeIfPresent(String.self, forKey: .legalForm)
        stage = try c.decodeIfPresent(Stage.self, forKey: .stage)
        sectors = try c.decode(.sectors, default: [])
        website = try c.decodeIfPresent(String.self, forKey: .website)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        locations = try c.decode(.locations, default: [])
        serviceAreas = try c.decode(.serviceAreas, default: [])
        languages = try c.decode(.languages, default: [])
        populationsServed = try c.decode(.populationsServed, default: [])
        coopFluency = try c.decodeIfPresent(CoopFluency.self, forKey: .coopFluency)
        acceptsReferrals = try c.decode(.acceptsReferrals, default: true)
        contacts = try c.decode(.contacts, default: [])
        sources = try c.decode(.sources, default: [])
    }
}
