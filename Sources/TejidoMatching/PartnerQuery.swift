import TejidoModel

/// The features of a partner score; see docs/matching.md for how each is computed.
public enum PartnerFeature: String, MatchFeature {
    /// Each offers what the other needs: half for what they offer that you need, half for what you offer that they need.
    case complementarity
    /// Alike: Jaccard over services (offered and needed) and areas, same kind, same sector.
    case peerSimilarity = "peer_similarity"
    /// Adamic–Adar over collaboration edges: shared collaborators, the less connected the more telling.
    case linkPrediction = "link_prediction"
    /// Working in the same place: 1 when one serves the other's area, else distance decay.
    case geographicFit = "geographic_fit"

    public var defaultWeight: Double {
        switch self {
        case .complementarity: 0.40
        case .peerSimilarity: 0.25
        case .linkPrediction: 0.25
        case .geographicFit: 0.10
        }
    }
}

/// Why a candidate partner was left out.
public enum PartnerExclusion: String, CaseIterable, Hashable, Comparable, Sendable {
    /// It already collaborates, partners, has an agreement or a membership with the organization.
    case existingPartner = "existing_partner"
    /// The two share no language.
    case language

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A request for partners: who should `organization` work with?
public struct PartnerQuery: Hashable, Sendable {
    /// The organization's id or slug.
    public var organization: String
    /// The language reasons are written in (en, es, ca, el; English otherwise).
    public var language: String
    public var limit: Int
    /// The distance at which geographic fit halves from next door.
    public var radiusKm: Double
    public var weights: Weights<PartnerFeature>

    public init(organization: String, language: String = "en", limit: Int = 10, radiusKm: Double = 50, weights: Weights<PartnerFeature> = Weights()) {
        self.organization = organization
        self.language = language
        self.limit = limit
        self.radiusKm = radiusKm
        self.weights = weights
    }
}

/// One suggested partner.
public struct PartnerSuggestion: Hashable, Sendable {
    public var partner: OrganizationRef
    /// The weighted sum of the features; equal to the sum of the contributions.
    public var score: Double
    /// Every feature, in ``PartnerFeature`` order.
    public var features: [Contribution<PartnerFeature>]
    /// Why, most important first: the services, shared neighbours and places that explain it.
    public var reasons: [String]
    /// The organizations both already work with (link prediction's evidence), most telling first.
    public var sharedNeighbours: [OrganizationRef]
}

/// Partners for an organization, best first.
public struct PartnerAnswer: Hashable, Sendable {
    public var organization: OrganizationRef
    public var items: [PartnerSuggestion]
    /// Distinct organizations that shared a service, a need or a collaborator with it.
    public var considered: Int
    public var excluded: [PartnerExclusion: Int]
    /// Why nothing qualified, when nothing did.
    public var explanation: String?
}
