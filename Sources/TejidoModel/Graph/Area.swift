/// A place organizations are in or serve: a country, region, regional unit, municipality or
/// community area, in a tree by `parent`.
public struct Area: Hashable, Sendable, Codable, Identifiable {
    /// The levels of the area tree.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case country, region, regionalUnit = "regional_unit", province, municipality, communityArea = "community_area"
    }

    /// A point, in degrees.
    public struct Point: Hashable, Sendable, Codable {
        public var lat: Double
        public var lon: Double
        public init(lat: Double, lon: Double) {
            self.lat = lat
            self.lon = lon
        }
    }

    public var id: AreaID
    public var kind: Kind
    public var parent: AreaID?
    public var names: LocalizedText
    public var centroid: Point?
    public var sources: [Source]

    public init(id: AreaID, kind: Kind, parent: AreaID? = nil, names: LocalizedText, centroid: Point? = nil, sources: [Source] = []) {
        self.id = id
        self.kind = kind
        self.parent = parent
        self.names = names
        self.centroid = centroid
        self.sources = sources
    }

    /// The name in `language`, or English.
    public func name(_ language: String? = nil) -> String { names.best(language.map { [$0] } ?? []) ?? id.rawValue }

    enum CodingKeys: String, CodingKey { case id, kind, parent, names, centroid, sources}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(AreaID.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        parent = try c.decodeIfPresent(AreaID.self, forKey: .parent)
        names = try c.decode(.names, default: [:])
        centroid = try c.decodeIfPresent(Point.self, forKey: .centroid)
        sources = try c.decode(.sources, default: [])
    }
}
