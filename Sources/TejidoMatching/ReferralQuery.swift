import TejidoModel

/// A hard filter of referral matching. Each removes candidates outright unless the query relaxes
/// it by name; a relaxed filter's failures show up in the suggestion's reasons instead.
public enum ReferralFilter: String, CaseIterable, Hashable, Comparable, Sendable {
    /// The provider takes referrals.
    case acceptsReferrals = "accepts_referrals"
    /// The provider works in a language the client speaks.
    case language
    /// The provider serves the client's area (or an area containing or inside it), or lies within the radius.
    case area
    /// The offering has places left this month (unknown capacity passes).
    case capacity
    /// A provider dedicated to particular populations serves one the client belongs to.
    case population

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
    var order: Int {
        switch self {
        case .acceptsReferrals: 0
        case .language: 1
        case .area: 2
        case .capacity: 3
        case .population: 4
        }
    }
}

/// The features of a referral score; see docs/matching.md for how each is computed.
public enum ReferralFeature: String, MatchFeature {
    /// 1 for the needed code, 0.8 for a code below it, 0.6 for a code above it, 0.3 for a sibling.
    case serviceFit = "service_fit"
    /// The offering is co-op fluent (1), else the provider's own fluency.
    case coopFluency = "coop_fluency"
    /// 1 when it serves the client's area, 0.7 when it serves part of it, else distance decay.
    case geographicFit = "geographic_fit"
    /// 1 in the client's first language, 0.7 in another of its languages.
    case language
    /// 1 for a shared population, 0.5 for a general provider, 0.25 when the client states none.
    case populationFit = "population_fit"
    /// Beta(2, 2)-smoothed share of past referrals accepted and met.
    case trackRecord = "track_record"
    /// Personalized PageRank from the client over collaboration, partner and membership edges.
    case networkProximity = "network_proximity"
    /// The share of the offering's monthly places still free (0.5 when unknown).
    case capacityHeadroom = "capacity_headroom"
    /// Free 1, sliding scale 0.8, paid 0.4, unknown 0.5.
    case costFit = "cost_fit"

    public var defaultWeight: Double {
        switch self {
        case .serviceFit: 0.25
        case .coopFluency: 0.15
        case .geographicFit: 0.12
        case .language: 0.10
        case .populationFit: 0.06
        case .trackRecord: 0.12
        case .networkProximity: 0.10
        case .capacityHeadroom: 0.05
        case .costFit: 0.05
        }
    }
}

/// A request for providers: who can help `client` with `need`?
public struct ReferralQuery: Hashable, Sendable {
    /// The client organization's id or slug.
    public var client: String
    /// The service the client needs.
    public var need: ServiceCode
    /// The language reasons are written in (en, es, ca, el; English otherwise).
    public var language: String
    /// A provider within this distance of the client passes the area filter even if it does not list the client's area.
    public var radiusKm: Double
    /// At most this many suggestions.
    public var limit: Int
    /// Filters to relax.
    public var relaxed: Set<ReferralFilter>
    public var weights: Weights<ReferralFeature>

    public init(
        client: String, need: ServiceCode, language: String = "en", radiusKm: Double = 50, limit: Int = 10, relaxed: Set<ReferralFilter> = [],
        weights: Weights<ReferralFeature> = Weights()
    ) {
        self.client = client
        self.need = need
        self.language = language
        self.radiusKm = radiusKm
        self.limit = limit
        self.relaxed = relaxed
        self.weights = weights
    }
}
