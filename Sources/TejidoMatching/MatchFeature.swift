import TejidoDirectory
import TejidoModel

/// A named feature of a match score. Every feature lies in [0, 1]; a score is the weighted sum
/// of its features, so each suggestion can say how much each feature gave it.
public protocol MatchFeature: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String, AllCases == [Self] {
    /// The weight a feature has unless a query overrides it.
    var defaultWeight: Double { get }
}

extension MatchFeature {
    /// The feature's position in ``allCases``: its slot in a ``Weights`` vector.
    var index: Int { Self.allCases.firstIndex(of: self)! }
}

/// One weight per feature: the documented defaults, overridable per query by name.
public struct Weights<Feature: MatchFeature>: Hashable, Sendable {
    /// The weights in feature order.
    var values: SIMD16<Double>

    /// The default weights.
    public init() {
        values = SIMD16<Double>()
        for (index, feature) in Feature.allCases.enumerated() { values[index] = feature.defaultWeight }
    }

    /// The weight of `feature`.
    public subscript(feature: Feature) -> Double {
        get { values[feature.index] }
        set { values[feature.index] = newValue }
    }

    /// The weights with `overrides` applied.
    public func overriding(_ overrides: [Feature: Double]) -> Weights {
        var copy = self
        for (feature, weight) in overrides { copy[feature] = weight }
        return copy
    }

    /// The largest score possible under these weights: their sum.
    public var total: Double { Feature.allCases.reduce(0) { $0 + self[$1] } }
}

/// What one feature gave a suggestion: its value in [0, 1] and its contribution, weight × value.
public struct Contribution<Feature: MatchFeature>: Hashable, Sendable {
    public var feature: Feature
    /// The feature's value, in [0, 1].
    public var value: Double
    /// weight × value, rounded to millionths; the contributions sum to the score exactly.
    public var contribution: Double
}

extension Contribution {
    /// The texts of `reasons` by their feature's contribution in `contributions` (which lists
    /// every feature, in feature order): largest first, ties in the order given.
    static func ordered(_ reasons: [(feature: Feature, text: String)], by contributions: [Contribution<Feature>]) -> [String] {
        var keyed = reasons.indices.map { offset in
            (weight: contributions.first { $0.feature == reasons[offset].feature }?.contribution ?? 0, offset: offset)
        }
        keyed.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.offset < $1.offset }
        return keyed.map { reasons[$0.offset].text }
    }
}

/// Turns feature values into a score and contributions in whole millionths, so that the
/// contributions add up to the score exactly and equal scores compare equal.
enum Scoring {
    /// weight × value in millionths, rounded half away from zero.
    @inline(__always)
    static func micro(_ weight: Double, _ value: Double) -> Int64 { roundedHalfAwayFromZero(weight * value * 1_000_000) }

    /// `Int64(x.rounded())` without the call into the C library `round` (the hot loops round
    /// nine terms per candidate): truncate, then step away from zero when the part cut off is at
    /// least a half. The part cut off, `x - trunc(x)`, is exact in floating point (the two are
    /// within a factor of two of each other, or `trunc(x)` is 0), so the result is the same.
    @inline(__always)
    static func roundedHalfAwayFromZero(_ x: Double) -> Int64 {
        let truncated = Int64(x)
        let rest = x - Double(truncated)
        return rest >= 0.5 ? truncated + 1 : rest <= -0.5 ? truncated - 1 : truncated
    }

    /// The score of `values` under `weights`, in millionths.
    @inline(__always)
    static func score(_ values: SIMD16<Double>, _ weights: SIMD16<Double>, count: Int) -> Int64 {
        var total: Int64 = 0
        for index in 0..<count { total &+= micro(weights[index], values[index]) }
        return total
    }

    /// Every feature's value and contribution, in feature order.
    static func contributions<Feature: MatchFeature>(_ values: SIMD16<Double>, _ weights: Weights<Feature>) -> [Contribution<Feature>] {
        contributions(values, weights.values)
    }

    /// Every feature's value and contribution under the raw weight vector `weights`, in feature order.
    static func contributions<Feature: MatchFeature>(_ values: SIMD16<Double>, _ weights: SIMD16<Double>) -> [Contribution<Feature>] {
        Feature.allCases.enumerated().map { index, feature in
            Contribution(feature: feature, value: values[index], contribution: Double(micro(weights[index], values[index])) / 1_000_000)
        }
    }
}

/// An organization named in an answer.
public struct OrganizationRef: Hashable, Sendable {
    public var id: OrganizationID
    public var slug: Slug
    public var name: String
    public init(id: OrganizationID, slug: Slug, name: String) {
        self.id = id
        self.slug = slug
        self.name = name
    }

    /// How an answer names `organization`.
    init(_ organization: borrowing Organization) {
        self.init(id: organization.id, slug: organization.slug, name: organization.name)
    }

    /// How an answer names the organization of `profile`.
    init(_ profile: borrowing OrganizationSummary.Profile) {
        self.init(id: profile.id, slug: profile.slug, name: profile.name)
    }
}
