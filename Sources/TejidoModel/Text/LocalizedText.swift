import Foundation

/// Text in several languages, keyed by language tag: `{"es": "…", "en": "…"}`. The document's own
/// language is always present; translations are optional.
public struct LocalizedText: Hashable, Sendable, Codable, ExpressibleByDictionaryLiteral {
    /// Text by BCP 47 tag.
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }
    public init(dictionaryLiteral elements: (String, String)...) { values = Dictionary(elements, uniquingKeysWith: { $1 }) }

    /// Whether no language has text.
    public var isEmpty: Bool { values.values.allSatisfy(\.isBlank) }

    /// The text in the first of `preferences` that has one, else English, else the first language
    /// in tag order (so the choice is deterministic).
    public func best(_ preferences: [String] = []) -> String? {
        for language in preferences + ["en"] {
            if let text = values[language] ?? values.first(where: { LanguageCode($0.key).primary == language })?.value { return text }
        }
        return values.keys.sorted().first.flatMap { values[$0] }
    }

    /// Every text, in tag order.
    public var allTexts: [String] { values.keys.sorted().compactMap { values[$0] } }

    public init(from decoder: any Decoder) throws { values = try decoder.singleValueContainer().decode([String: String].self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
