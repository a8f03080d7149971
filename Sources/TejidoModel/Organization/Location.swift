/// Where an organization is: an address (when public), the locality, region and country, the
/// city-centre coordinates, and the area it lies in.
public struct Location: Hashable, Sendable, Codable {
    public var address: String?
    public var locality: String?
    public var region: String?
    /// ISO 3166-1 alpha-2, upper case (`US`, `CL`, `GR`, `ES`).
    public var country: String
    public var lat: Double?
    public var lon: Double?
    /// The area the location lies in (a community area, a comuna, a municipality).
    public var area: AreaID?

    public init(address: String? = nil, locality: String? = nil, region: String? = nil, country: String, lat: Double? = nil, lon: Double? = nil, area: AreaID? = nil) {
        self.address = address
        self.locality = locality
        self.region = region
        self.country = country
        self.lat = lat
        self.lon = lon
        self.area = area
    }
}
