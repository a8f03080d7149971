import Foundation
import Testing
import TejidoDirectory
@testable import TejidoMatching
import TejidoModel

/// The bounds a referral scan uses to pass over candidates without reading them: a latitude band
/// and a longitude span, both in ticks. They may let through a point outside the radius (the
/// distance check then removes it) but must never hold back one inside it.
@Suite("TejidoMatching: the geographic bounds of a referral scan")
struct GeographicBoundsTests {
    /// A deterministic stream of doubles in [0, 1).
    struct Stream {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    /// Whether a scan around (`lat`, `lon`) with `radius` reads a candidate at (`otherLat`, `otherLon`).
    static func read(lat: Double, lon: Double, radius: Double, otherLat: Float, otherLon: Float) -> Bool {
        TickBounds(lat: lat, lon: lon, radius: radius).admits(latitude: MatchColumns.latitudeTick(otherLat), longitude: MatchColumns.longitudeTick(otherLon))
    }

    @Test("every point within the radius is read, near the poles, across the antimeridian and at every radius")
    func neverHoldsBackANeighbour() {
        var random = Stream(state: 42)
        var inside = 0
        for radius in [0.5, 5, 50, 500, 3_000] {
            for _ in 0..<4_000 {
                let lat = -89 + 178 * random.next(), lon = -180 + 360 * random.next()
                // A point at a random bearing and a distance up to twice the radius.
                let bearing = 2 * Double.pi * random.next(), distance = 2 * radius * random.next()
                let angle = distance / 6371.0088, phi = lat * .pi / 180, lambda = lon * .pi / 180
                let otherPhi = asin(sin(phi) * cos(angle) + cos(phi) * sin(angle) * cos(bearing))
                var otherLambda = lambda + atan2(sin(bearing) * sin(angle) * cos(phi), cos(angle) - sin(phi) * sin(otherPhi))
                otherLambda = (otherLambda + 3 * .pi).truncatingRemainder(dividingBy: 2 * .pi) - .pi
                let otherLat = Float(otherPhi * 180 / .pi), otherLon = Float(otherLambda * 180 / .pi)
                guard Geography.distanceKm(lat, lon, Double(otherLat), Double(otherLon)) <= radius else { continue }
                inside += 1
                #expect(Self.read(lat: lat, lon: lon, radius: radius, otherLat: otherLat, otherLon: otherLon), "\(lat),\(lon) → \(otherLat),\(otherLon) within \(radius) km")
            }
        }
        #expect(inside > 5_000)
    }

    @Test("the longitude span narrows with the radius and widens towards the poles, where it stops bounding")
    func longitudeSpan() {
        #expect(Geography.longitudeSpan(lat: 0, radius: 111.19) < 1.01)
        #expect(Geography.longitudeSpan(lat: 60, radius: 111.19) > 1.99 && Geography.longitudeSpan(lat: 60, radius: 111.19) < 2.01)
        #expect(Geography.longitudeSpan(lat: 89.9, radius: 50) == 360)
        #expect(Geography.longitudeSpan(lat: .nan, radius: 50) == 360)
        #expect(MatchColumns.longitudeTick(-180) == 0 && MatchColumns.longitudeTick(179.9999) == .max && MatchColumns.longitudeTick(.nan) == 0)
        #expect(MatchColumns.latitudeTick(-90) == 0 && MatchColumns.latitudeTick(90) == .max && MatchColumns.latitudeTick(-95) == 0)
    }

    /// An organization placed only by a point, with a bookkeeping offering unless it is the client.
    static func place(_ fixture: inout MatchFixture, _ slug: String, _ lat: Double, _ lon: Double, offers: Bool = true) {
        fixture.dataset.organizations.append(Organization(
            id: MatchFixture.organizationID(slug), slug: Slug(slug), name: slug, kinds: offers ? [.taProvider] : [.workerCoop],
            locations: [Location(country: "KI", lat: lat, lon: lon)], languages: ["en"], sources: [Source(document: "test")]))
        if offers { fixture.offer(slug, "finance.bookkeeping") }
    }

    @Test("a scan finds the provider across the antimeridian and the one far north whose longitude is far off, and counts the far ones under area")
    func scanAcrossTheLine() throws {
        var fixture = MatchFixture()
        Self.place(&fixture, "island-coop", -1.0, 179.9, offers: false)
        Self.place(&fixture, "across-the-line", -1.0, -179.9)  // 22 km away, on the other side of ±180
        Self.place(&fixture, "same-latitude-far", -1.0, 10.0)
        Self.place(&fixture, "just-outside", -1.0, 179.9 - 0.6)  // 67 km west
        let answer = try fixture.matcher.referrals(ReferralQuery(client: "island-coop", need: "finance.bookkeeping", radiusKm: 50))
        #expect(MatchFixture.slugs(answer) == ["across-the-line"])
        #expect(answer.excluded[.area] == 2)

        var north = MatchFixture()
        Self.place(&north, "arctic-coop", 70.0, 25.0, offers: false)
        Self.place(&north, "arctic-books", 70.0, 26.2)  // 46 km east: 1.2° of longitude at 70° N
        Self.place(&north, "arctic-far", 70.0, 27.5)  // 95 km east
        let arctic = try north.matcher.referrals(ReferralQuery(client: "arctic-coop", need: "finance.bookkeeping", radiusKm: 50))
        #expect(MatchFixture.slugs(arctic) == ["arctic-books"])
        #expect(arctic.excluded[.area] == 1)
    }
}
