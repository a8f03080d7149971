import Foundation
import TejidoDirectory
import TejidoModel

/// Distances and area coverage between an organization (the client, or the one partners are
/// sought for) and candidates.
enum Geography {
    /// Kilometres per degree of latitude: a lower bound on the distance per degree of latitude apart.
    static let kilometresPerDegree = 6371.0088 * Double.pi / 180

    /// The half-width in longitude of the bounding box of the points within `radius` km of
    /// latitude `lat`: asin(sin δ / cos φ) for angular radius δ, plus 1e-3° for rounding; 360
    /// when the cap holds a pole (or `lat` is unknown), where longitude bounds nothing.
    static func longitudeSpan(lat: Double, radius: Double) -> Float {
        let angle = radius / Geography.kilometresPerDegree * .pi / 180
        let ratio = sin(angle) / cos(lat * .pi / 180)
        guard !lat.isNaN, angle < .pi / 2, ratio < 1 else { return 360 }
        return Float(asin(ratio) * 180 / .pi) + 1e-3
    }

    /// Great-circle distance in kilometres (haversine); NaN when either point is unknown.
    @inline(__always)
    static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        guard !lat1.isNaN, !lat2.isNaN else { return .nan }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians, dLon = (lon2 - lon1) * radians
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, a.squareRoot()))
    }

    /// The geographic fit of a candidate that does not serve the area: 0.6 next door, 0.3 at the
    /// radius, falling towards 0 beyond; 0 when the distance is unknown.
    @inline(__always)
    static func decay(_ distance: Double, radius: Double) -> Double {
        distance.isNaN ? 0 : 0.6 * radius / (radius + distance)
    }
}

/// How a candidate's served areas relate to the organization it is measured against.
struct Placement {
    /// A served area is one of the organization's home areas or contains one.
    var covers = false
    /// A served area lies inside one of the organization's home areas.
    var within = false
    /// The served area that covers (or lies within); valid when either flag is set.
    var area: UInt32 = 0
    /// Kilometres between the two; NaN when unknown or not computed.
    var distance = Double.nan
}

/// What the matcher needs to know about the organization a query is for, read once per query.
struct Subject {
    let node: UInt32
    let languages: UInt64
    /// The bit of its first language.
    let primaryLanguage: UInt64
    let populations: UInt64
    /// Its home areas (location areas, else service areas).
    let home: [UInt32]
    /// Its home areas and every area above them: a provider serving any of these serves it.
    let cover: [UInt32]
    /// The areas it serves (service areas, else location areas).
    let served: [UInt32]
    /// Its served areas and every area above them.
    let servedCover: [UInt32]
    let lat: Double
    let lon: Double
    let proximityDegree: Int
    let kinds: UInt32
    let sectors: UInt64
    /// For every area: whether serving it covers this organization's home (it is a home area or
    /// contains one), lies within its home, or neither. Worked out once per query, so the scan
    /// reads one byte per served area instead of climbing the area tree.
    let areaVerdict: [UInt8]
    /// The areas whose verdict is "covers" or "within", ascending: serving any of them passes the area filter.
    let passAreas: [UInt32]
    static let coversArea: UInt8 = 1
    static let withinArea: UInt8 = 2

    /// Whether anything places it: an area or a point.
    var isLocated: Bool { !home.isEmpty || !lat.isNaN }

    init(node: UInt32, entry: OrganizationSummary, directory: Directory) {
        self.node = node
        let (columns, local) = directory.columns(of: node)
        languages = columns.languages[local]
        primaryLanguage = entry.organization.languages.first.flatMap { directory.tables.languageBit($0) }.map { UInt64(1) << UInt64($0) } ?? 0
        populations = columns.populations[local]
        home = (Int(columns.homeOffsets[local])..<Int(columns.homeOffsets[local + 1])).map { columns.homeValues[$0] }
        let served = (Int(columns.servedOffsets[local])..<Int(columns.servedOffsets[local + 1])).map { columns.servedValues[$0] }
        self.served = served
        let reference = directory.reference
        func closure(_ areas: [UInt32]) -> [UInt32] {
            var result: [UInt32] = []
            for area in areas {
                var current = Int32(area)
                while current >= 0, !result.contains(UInt32(current)) {
                    result.append(UInt32(current))
                    current = reference.areaParent[Int(current)]
                }
            }
            return result.sorted()
        }
        let cover = closure(home)
        self.cover = cover
        servedCover = closure(served)
        let home = self.home
        let verdicts: [UInt8] = reference.areaParent.indices.map { index in
            if cover.contains(UInt32(index)) { return Self.coversArea }
            return home.contains { reference.area(UInt32(index), isWithin: $0) } ? Self.withinArea : 0
        }
        areaVerdict = verdicts
        passAreas = verdicts.indices.filter { verdicts[$0] != 0 }.map(UInt32.init)
        lat = Double(columns.lat[local])
        lon = Double(columns.lon[local])
        proximityDegree = Int(columns.proximityDegree[local])
        kinds = columns.kinds[local]
        sectors = columns.sectors[local]
    }

    /// Where the offering `offering` of local organization `local` in `columns` stands relative to
    /// this organization's home. Distance is computed when not covered, or always with `distance`.
    /// A distance known to exceed `bound` may be left as a lower bound (the north–south distance
    /// alone), which spares the trigonometry for candidates in other cities.
    @inline(__always)
    func place(_ columns: MatchColumns, offering: Int, local: Int, reference: ReferenceColumns, alwaysMeasure: Bool = false, bound: Double = .infinity) -> Placement {
        var placement = Placement()
        var withinArea: UInt32?
        // The offering's own areas, else its organization's served areas, read straight from the
        // columns (the hot path of every referral query).
        let explicit = columns.offeringBits[offering] & MatchColumns.OfferingBit.explicitAreas != 0
        let start = Int(explicit ? columns.explicitAreaOffsets[offering] : columns.servedOffsets[local])
        let end = Int(explicit ? columns.explicitAreaOffsets[offering + 1] : columns.servedOffsets[local + 1])
        for slot in start..<end {
            let area = explicit ? columns.explicitAreaValues[slot] : columns.servedValues[slot]
            let verdict = areaVerdict[Int(area)]
            if verdict == Self.coversArea {
                placement.covers = true
                placement.area = area
                break
            }
            if verdict == Self.withinArea && withinArea == nil { withinArea = area }
        }
        if !placement.covers, let withinArea {
            placement.within = true
            placement.area = withinArea
        }
        if alwaysMeasure || (!placement.covers && !placement.within) {
            let otherLat = Double(columns.lat[local])
            let northSouth = abs(otherLat - lat) * Geography.kilometresPerDegree
            placement.distance = northSouth > bound ? northSouth : Geography.distanceKm(lat, lon, otherLat, Double(columns.lon[local]))
        }
        return placement
    }
}

/// The coordinate ticks (``MatchColumns/latitudeTick(_:)``, ``MatchColumns/longitudeTick(_:)``)
/// a point within a radius of a centre can lie in: a band of latitude ticks, and a span of
/// longitude ticks around the centre's. A point outside them is farther than the radius; a point
/// inside may still be (the distance decides).
struct TickBounds {
    /// The band: every latitude within the radius has a tick in `low...high`.
    let low: UInt16, high: UInt16
    /// The centre's longitude tick, and how many ticks either way a point within the radius can
    /// lie: the half-width of the spherical cap's bounding box plus two ticks for rounding; every
    /// tick when the cap reaches a pole or the centre has no longitude.
    let centre: UInt16, span: UInt16

    init(lat: Double, lon: Double, radius: Double) {
        let band = Float(radius / Geography.kilometresPerDegree) + 1e-3
        low = MatchColumns.latitudeTick(Float(lat) - band)
        high = MatchColumns.latitudeTick(Float(lat) + band)
        centre = MatchColumns.longitudeTick(Float(lon))
        let degrees = Geography.longitudeSpan(lat: lat, radius: radius)
        span = degrees >= 180 || lon.isNaN ? .max : UInt16(Double(degrees) / MatchColumns.degreesPerLongitudeTick) + 2
    }

    /// Whether a point at longitude tick `longitude` may lie within the radius (ticks `n` apart
    /// around the circle are more than `n - 1` tick widths apart).
    @inline(__always)
    func admits(longitude: UInt16) -> Bool {
        let east = longitude &- centre
        return min(east, 0 &- east) <= span
    }

    /// Whether a point at these ticks may lie within the radius.
    func admits(latitude: UInt16, longitude: UInt16) -> Bool {
        low <= latitude && latitude <= high && admits(longitude: longitude)
    }
}
