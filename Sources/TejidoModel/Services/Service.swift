/// One entry of the service taxonomy: a stable code, its parent, and labels and synonyms in
/// English, Spanish, Catalan and Greek.
public struct Service: Hashable, Sendable, Codable {
    public var code: ServiceCode
    public var parent: ServiceCode?
    public var labels: LocalizedText
    /// Words people type for it, by language.
    public var synonyms: [String: [String]]
    public var description: LocalizedText

    public init(code: ServiceCode, parent: ServiceCode? = nil, labels: LocalizedText, synonyms: [String: [String]] = [:], description: LocalizedText = [:]) {
        self.code = code
        self.parent = parent
        self.labels = labels
        self.synonyms = synonyms
        self.description = description
    }

    /// The label in `language`, or English.
    public func label(_ language: String? = nil) -> String {
        labels.best(language.map { [$0] } ?? []) ?? code.rawValue
    }

    /// Every label and synonym, in every language: what search indexes for this service.
    public var searchTexts: [String] {
        labels.allTexts + synonyms.keys.sorted().flatMap { synonyms[$0] ?? [] }
    }

    enum CodingKeys: String, CodingKey { case code, parent, labels, synonyms, description}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(ServiceCode.self, forKey: .code)
        parent = try c.decodeIfPresent(ServiceCode.self, forKey: .parent)
        labels = try c.decode(.labels, default: [:])
        synonyms = try c.decode(.synonyms, default: [:])
        description = try c.decode(.description, default: [:])
    }
}
