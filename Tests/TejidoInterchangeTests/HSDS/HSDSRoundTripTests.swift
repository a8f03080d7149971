import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("HSDS export and import: the round trip")
struct HSDSRoundTripTests {
    @Test("exporting the seed and importing the export gives the seed back, every record equal")
    func seedRoundTrip() throws {
        let seed = try HSDSFixtures.seed()
        let folder = try HSDSFixtures.scratch("hsds-roundtrip")
        defer { HSDSFixtures.remove(folder) }
        let summary = try HSDSExporter.export(seed, to: folder, includePrivate: true)
        #expect(summary.organizations == seed.organizations.count)
        #expect(summary.services == seed.offerings.count)

        let outcome = try HSDSImporter.read(folder, taxonomy: HSDSFixtures.taxonomy(seed), areas: HSDSFixtures.areas(seed))
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected.prefix(10).map(\.description))")
        #expect(outcome.unmappedTerms.isEmpty)
        let expected = seed.normalized, actual = outcome.dataset.normalized
        #expect(actual.services == expected.services)
        #expect(actual.areas == expected.areas)
        #expect(actual.offerings == expected.offerings)
        #expect(actual.needs == expected.needs)
        #expect(actual.relationships == expected.relationships)
        #expect(actual.activityReports == expected.activityReports)
        #expect(actual.referrals == expected.referrals)
        #expect(actual.organizations.count == expected.organizations.count)
        for (mine, theirs) in zip(actual.organizations, expected.organizations) where mine != theirs {
            Issue.record("organization \(theirs.slug) differs:\nexpected \(theirs)\nactual   \(mine)")
        }
        #expect(actual == expected)
    }
}
