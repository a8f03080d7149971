import TejidoModel

/// One suggested provider: its score, what each feature gave it, and sentences a person reads.
public struct ReferralSuggestion: Hashable, Sendable {
    public var provider: OrganizationRef
    /// The code of the offering that matched (the need's own code, or one related to it).
    public var service: ServiceCode
    /// The weighted sum of the features; equal to the sum of the contributions.
    public var score: Double
    /// Every feature, in ``ReferralFeature`` order.
    public var features: [Contribution<ReferralFeature>]
    /// Why, most important first; a relaxed filter the provider fails comes first of all.
    public var reasons: [String]
    /// Kilometres between client and provider, when both are located.
    public var distanceKm: Double?
}

/// The providers for a referral query, best first, and what the filters removed.
public struct ReferralAnswer: Hashable, Sendable {
    public var client: OrganizationRef
    public var need: ServiceCode
    public var items: [ReferralSuggestion]
    /// Distinct providers offering the need or a related service that were considered.
    public var considered: Int
    /// Candidates each filter removed (each counted once, under the first filter it fails).
    public var excluded: [ReferralFilter: Int]
    /// Why nothing qualified, when nothing did.
    public var explanation: Explanation?
}

/// Why an answer is empty and what to change: which filter removed the candidates, the nearest
/// ones the area filter removed, and the filters whose relaxing would bring some back.
public struct Explanation: Hashable, Sendable {
    /// One paragraph a person reads, in the query's language.
    public var text: String
    /// The filter that removed the most candidates, if any candidate existed.
    public var removedBy: ReferralFilter?
    /// The smallest set of filters whose relaxing admits a candidate (empty when none would).
    public var relax: [ReferralFilter]
    /// The nearest candidates the area filter removed, with their distance.
    public var nearest: [Nearby]

    /// A candidate and how far it is.
    public struct Nearby: Hashable, Sendable {
        public var organization: OrganizationRef
        public var distanceKm: Double?
    }
}
