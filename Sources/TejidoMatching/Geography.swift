import Foundation
import TejidoDirectory
import TejidoModel

/// Distances and area coverage between an organization (the client, or the one partners are
/// sought for) and candidates.
enum Geography {
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

    /// Whether anything places it: an area or a point.
    var isLocated: Bool { !home.isEmpty || !lat.isNaN }

    init(node: UInt32, entry: OrganizationEntry, directory: Directory) {
        self.node = node
        let (columns, local) = directory.columns(of: node)
        languages = columns.languages[local]
        primaryLanguage = entry.organization.languages.first.flatMap { directory.tables.languageBit($0.primary) }.map { UInt64(1) << UInt64($0) } ?? 0
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
        cover = closure(home)
        servedCover = closure(served)
        lat = Double(columns.lat[local])
        lon = Double(columns.lon[local])
        proximityDegree = Int(columns.proximityDegree[local])
        kinds = columns.kinds[local]
        sectors = columns.sectors[local]
    }

    /// Where the offering `offering` of local organization `local` in `columns` stands relative to
    /// this organization's home. Distance is computed when not covered, or always with `distance`.
    @inline(__always)
    func place(_ columns: MatchColumns, offering: Int, local: Int, reference: ReferenceColumns, alwaysMeasure: Bool = false) -> Placement {
        var placement = Placement()
        let range = columns.offeringAreas(offering)
        for slot in range {
            let area = columns.offeringArea(offering, slot: slot)
            if cover.contains(area) {
                placement.covers = true
                placement.area = area
                break
            }
        }
        if !placement.covers {
            outer: for slot in range {
                let area = columns.offeringArea(offering, slot: slot)
                for home in home where reference.area(area, isWithin: home) {
                    placement.within = true
                    placement.area = area
                    break outer
                }
            }
        }
        if alwaysMeasure || (!placement.covers && !placement.within) {
            placement.distance = Geography.distanceKm(lat, lon, Double(columns.lat[local]), Double(columns.lon[local]))
        }
        return placement
    }
}
