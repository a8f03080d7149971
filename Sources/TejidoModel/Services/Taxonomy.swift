import Foundation

/// The service taxonomy: a tree of ``Service``s by dotted code, and the lookup that finds a service
/// from the words a person types, in English, Spanish, Catalan or Greek, with or without accents.
public struct Taxonomy: Sendable {
    /// A service a lookup found, and how well the words fit it (1 = exact label or synonym).
    public struct Match: Hashable, Sendable {
        public var service: Service
        public var score: Double
        /// The label or synonym that matched.
        public var matched: String
    }

    /// The services, parents before children.
    public let services: [Service]
    private let index: [ServiceCode: Int]
    private let phrases: [[(text: String, tokens: [String], language: String?, isLabel: Bool)]]
    /// Each service's words for search (code, labels and synonyms in every language), folded once.
    private let searchWords: [ServiceCode: String]

    /// Builds the taxonomy; services are kept in code order with parents first.
    public init(_ services: [Service]) {
        let sorted = services.sorted { $0.code < $1.code }
        self.services = sorted
        index = Dictionary(sorted.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let phrases: [[(text: String, tokens: [String], language: String?, isLabel: Bool)]] = sorted.map { service in
            var list: [(String, [String], String?, Bool)] = []
            for (language, label) in service.labels.values.sorted(by: { $0.key < $1.key }) {
                list.append((label, TextFolding.tokens(label), language, true))
            }
            for (language, synonyms) in service.synonyms.sorted(by: { $0.key < $1.key }) {
                for synonym in synonyms { list.append((synonym, TextFolding.tokens(synonym), language, false)) }
            }
            list.append((service.code.rawValue, TextFolding.tokens(service.code.rawValue.replacingOccurrences(of: "_", with: " ")), nil, false))
            return list
        }
        self.phrases = phrases
        var words: [ServiceCode: String] = [:]
        for (position, service) in sorted.enumerated() where words[service.code] == nil {
            words[service.code] = phrases[position].flatMap(\.tokens).joined(separator: " ")
        }
        searchWords = words
    }

    /// The folded search words of `code`: its code, labels and synonyms in every language.
    public func searchWords(_ code: ServiceCode) -> String { searchWords[code] ?? TextFolding.fold(code.rawValue.replacingOccurrences(of: "_", with: " ")) }

    /// The service with `code`, if the taxonomy has it.
    public func service(_ code: ServiceCode) -> Service? { index[code].map { services[$0] } }

    /// Whether the taxonomy has `code`.
    public func contains(_ code: ServiceCode) -> Bool { index[code] != nil }

    /// The direct children of `code` (the roots for `nil`), in code order.
    public func children(of code: ServiceCode?) -> [Service] { services.filter { $0.parent == code } }

    /// `code` and every service below it.
    public func subtree(_ code: ServiceCode) -> [Service] { services.filter { $0.code.isWithin(code) } }

    /// The services the words find, best first; ties break by code. `language` prefers that
    /// language's labels and synonyms when two fit equally.
    public func lookup(_ query: String, language: String? = nil, limit: Int = 10) -> [Match] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let exact = service(ServiceCode(trimmed.lowercased())) {
            return [Match(service: exact, score: 1, matched: exact.code.rawValue)]
        }
        let queryTokens = TextFolding.tokens(trimmed)
        guard !queryTokens.isEmpty else { return [] }
        var matches: [Match] = []
        for (position, servicePhrases) in phrases.enumerated() {
            var best: (score: Double, text: String) = (0, "")
            for phrase in servicePhrases {
                var score = Self.fit(queryTokens, phrase.tokens)
                guard score > 0 else { continue }
                if !phrase.isLabel { score *= 0.95 }
                if let language, let phraseLanguage = phrase.language, phraseLanguage != language { score *= 0.98 }
                if score > best.score { best = (score, phrase.text) }
            }
            if best.score > 0 { matches.append(Match(service: services[position], score: best.score, matched: best.text)) }
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.service.code < $1.service.code }
        return Array(matches.prefix(limit))
    }

    /// How well the query words fit a phrase: 1 when they are the phrase, less when they are a
    /// prefix-wise subset of it, 0 when some query word is missing.
    static func fit(_ query: [String], _ phrase: [String]) -> Double {
        guard !phrase.isEmpty else { return 0 }
        if query == phrase { return 1 }
        var exact = 0
        for word in query {
            if phrase.contains(word) {
                exact += 1
            } else if !phrase.contains(where: { $0.hasPrefix(word) && word.count >= 3 }) {
                return 0
            }
        }
        let coverage = Double(query.count) / Double(max(phrase.count, query.count))
        return 0.5 + 0.3 * coverage + 0.1 * Double(exact) / Double(query.count)
    }
}
