import Foundation

/// The text of an organization that search indexes, by field, already folded. Names weigh most,
/// then the labels of the services it offers, then descriptions; both the store's full-text index
/// and the in-memory directory index exactly these words.
public struct SearchText: Hashable, Sendable {
    /// How much a word found in each field counts.
    public enum Field: Int, CaseIterable, Sendable {
        case names = 0, services = 1, descriptions = 2
        /// The field's weight in the relevance score.
        public var weight: Double {
            switch self {
            case .names: 10
            case .services: 4
            case .descriptions: 1
            }
        }
    }

    public var names: String
    public var services: String
    public var descriptions: String

    /// The search text of `organization` offering `offerings`, with service words from `taxonomy`.
    public init(organization: Organization, offerings: [Offering], taxonomy: Taxonomy) {
        self.init(organization: organization, offerings: offerings, services: Set(offerings.map(\.service)).sorted().map(taxonomy.searchWords).joined(separator: " "))
    }

    /// The search text of `organization` offering `offerings`, with its service words already
    /// worked out (a bulk write adds them from the taxonomy it holds when the record is written).
    public init(organization: Organization, offerings: [Offering], services: String) {
        // Folding ends a word at every hyphen, so the slug's words are indexed as they are.
        names = TextFolding.fold(([organization.name, organization.slug.rawValue] + organization.alternateNames.map(\.name)).joined(separator: " "))
        self.services = services
        descriptions = TextFolding.fold((organization.description.allTexts + offerings.flatMap(\.description.allTexts)).joined(separator: " "))
    }

    public init(names: String, services: String, descriptions: String) {
        self.names = names
        self.services = services
        self.descriptions = descriptions
    }

    /// The relevance of this text for folded query words: for each word, the weight of the best
    /// field holding a word it starts (a whole-word match counts full, a prefix 0.8), summed; 0
    /// when some query word is missing. Both search engines rank with exactly this.
    public func score(_ tokens: [String]) -> Double {
        var total = 0.0
        for token in tokens {
            let best = Self.score(of: token, in: self)
            if best == 0 { return 0 }
            total += best
        }
        return total
    }

    /// The score of one query word.
    public static func score(of token: String, in text: SearchText) -> Double {
        var best = 0.0
        for field in Field.allCases {
            for word in text[field].split(separator: " ") where word.hasPrefix(token) {
                best = max(best, field.weight * (word == token ? 1 : 0.8))
            }
        }
        return best
    }

    /// The text of one field.
    public subscript(field: Field) -> String {
        switch field {
        case .names: names
        case .services: services
        case .descriptions: descriptions
        }
    }
}
