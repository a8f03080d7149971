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
        names = TextFolding.fold(([organization.name, organization.slug.rawValue.replacingOccurrences(of: "-", with: " ")] + organization.alternateNames.map(\.name)).joined(separator: " "))
        let codes = Set(offerings.map(\.service)).sorted()
        services = TextFolding.fold(codes.flatMap { code in
            [code.rawValue.replacingOccurrences(of: "_", with: " ")] + (taxonomy.service(code)?.searchTexts ?? [])
        }.joined(separator: " "))
        descriptions = TextFolding.fold((organization.description.allTexts + offerings.flatMap(\.description.allTexts)).joined(separator: " "))
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
