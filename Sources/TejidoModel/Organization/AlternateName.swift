/// Another name an organization is known by: a translation (the Chicago report calls Kola Nut
/// Collaborative "Colaboración de Nueces de Cola"), an acronym, or a former or informal name.
public struct AlternateName: Hashable, Sendable, Codable {
    /// Why the name exists.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case translation, acronym, other
    }

    public var name: String
    public var language: LanguageCode?
    public var kind: Kind

    public init(name: String, language: LanguageCode? = nil, kind: Kind = .other) {
        self.name = name
        self.language = language
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey { case name, language, kind}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        language = try container.decodeIfPresent(LanguageCode.self, forKey: .language)
        kind = try container.decode(.kind, default: .other)
    }
}
