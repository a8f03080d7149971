/// A directory search: words, and filters that all must hold. The same query gives the same set of
/// organizations from the store and from the in-memory directory.
public struct SearchQuery: Hashable, Sendable {
    /// Words to find in names, alternate names, descriptions and the labels of offered services;
    /// every word must match (as a prefix), whatever the accents, case or script.
    public var text: String?
    /// Organizations offering this service or one below it.
    public var service: ServiceCode?
    /// Organizations of any of these kinds.
    public var kinds: [OrganizationKind]
    /// Organizations located in or serving this area, an area inside it, or an area containing it.
    public var area: AreaID?
    /// Organizations working in this language (primary subtag).
    public var language: LanguageCode?
    /// Organizations listed under this ISO 3166-1 alpha-2 country.
    public var country: String?
    /// At most this many items.
    public var limit: Int
    /// Skip this many items (for paging).
    public var offset: Int

    public init(
        text: String? = nil, service: ServiceCode? = nil, kinds: [OrganizationKind] = [], area: AreaID? = nil, language: LanguageCode? = nil,
        country: String? = nil, limit: Int = 20, offset: Int = 0
    ) {
        self.text = text
        self.service = service
        self.kinds = kinds
        self.area = area
        self.language = language
        self.country = country
        self.limit = limit
        self.offset = offset
    }

    /// The folded words of `text`.
    public var tokens: [String] { text.map(TextFolding.tokens) ?? [] }
}

/// One organization a search found.
public struct SearchHit: Hashable, Sendable, Codable {
    public var id: OrganizationID
    public var slug: Slug
    public var name: String
    public var kinds: [OrganizationKind]
    public var country: String?
    public var locality: String?
    /// The codes it offers, sorted.
    public var services: [ServiceCode]
    /// Relevance, higher is better; 0 when the query has no words.
    public var score: Double

    public init(id: OrganizationID, slug: Slug, name: String, kinds: [OrganizationKind], country: String?, locality: String?, services: [ServiceCode], score: Double) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kinds = kinds
        self.country = country
        self.locality = locality
        self.services = services
        self.score = score
    }
}

/// A page of search results and how many matched in all.
public struct SearchResults: Hashable, Sendable, Codable {
    public var total: Int
    public var items: [SearchHit]
    public init(total: Int, items: [SearchHit]) {
        self.total = total
        self.items = items
    }
}
