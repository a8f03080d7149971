import TejidoMatching
import TejidoModel

/// The `--json` shape of a match answer: `{"items": [{ROLE: {"id", "slug", "name"}, "score",
/// "features": {name: contribution}, "reasons": [text]}], "excluded": {filter: count},
/// "explanation"}`, where ROLE is `provider` for referrals and `partner` for partners.
struct MatchAnswerJSON: Encodable {
    struct Item: Encodable {
        let role: String
        let organization: OrganizationJSON
        let score: Double
        let features: [String: Double]
        let reasons: [String]

        private struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(organization, forKey: Key(role))
            try container.encode(score, forKey: Key("score"))
            try container.encode(features, forKey: Key("features"))
            try container.encode(reasons, forKey: Key("reasons"))
        }
    }
    let items: [Item]
    let excluded: [String: Int]
    let explanation: String?

    init(_ answer: ReferralAnswer) {
        items = answer.items.map { Item(role: "provider", organization: OrganizationJSON($0.provider), score: $0.score, features: Self.features($0.features), reasons: $0.reasons) }
        excluded = Dictionary(uniqueKeysWithValues: answer.excluded.map { ($0.key.rawValue, $0.value) })
        explanation = answer.explanation?.text
    }

    init(_ answer: PartnerAnswer) {
        items = answer.items.map { Item(role: "partner", organization: OrganizationJSON($0.partner), score: $0.score, features: Self.features($0.features), reasons: $0.reasons) }
        excluded = Dictionary(uniqueKeysWithValues: answer.excluded.map { ($0.key.rawValue, $0.value) })
        explanation = answer.explanation
    }

    private static func features<Feature>(_ contributions: [Contribution<Feature>]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: contributions.map { ($0.feature.rawValue, $0.contribution) })
    }
}

/// How an answer names an organization in JSON.
struct OrganizationJSON: Encodable {
    let id: OrganizationID
    let slug: Slug
    let name: String
    init(_ reference: OrganizationRef) {
        id = reference.id
        slug = reference.slug
        name = reference.name
    }
}
