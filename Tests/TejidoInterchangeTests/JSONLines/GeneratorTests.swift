import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("The synthetic directory generator")
struct GeneratorTests {
    @Test("the same seed gives the same bytes; another seed gives others")
    func deterministic() throws {
        let first = try JSONLinesFixtures.generated(organizations: 400, seed: 42)
        let second = try JSONLinesFixtures.generated(organizations: 400, seed: 42)
        let other = try JSONLinesFixtures.generated(organizations: 400, seed: 43)
        #expect(first == second)
        #expect(first != other)
    }

    @Test("a generated directory is valid and realistic")
    func realistic() throws {
        let file = try JSONLinesFixtures.temporaryFile()
        try Data(try JSONLinesFixtures.generated(organizations: 2000, seed: 7)).write(to: file)
        let (dataset, problems) = try JSONLinesFixtures.read(file)
        #expect(problems.isEmpty)
        #expect(dataset.organizations.count == 2000)

        let taxonomy = Taxonomy(dataset.services)
        let validator = DatasetValidator()
        #expect(validator.problems(in: dataset).isEmpty, "\(validator.problems(in: dataset).prefix(3))")
        #expect(dataset.offerings.allSatisfy { taxonomy.contains($0.service) })

        // About five relationships per organization, with a heavy tail.
        let degree = Double(2 * dataset.relationships.count) / Double(dataset.organizations.count)
        #expect((3.5...7).contains(degree), "average degree \(degree)")
        var degrees: [OrganizationID: Int] = [:]
        for relationship in dataset.relationships {
            degrees[relationship.from, default: 0] += 1
            degrees[relationship.to, default: 0] += 1
        }
        #expect((degrees.values.max() ?? 0) > Int(degree * 8), "a power law has hubs")

        let languages = Set(dataset.organizations.flatMap { $0.languages.map(\.primary) })
        #expect(languages.count >= 5 && languages.count <= 12)
        #expect(dataset.organizations.contains { $0.languages.count > 1 }, "languages overlap")

        var needsPerOrganization: [OrganizationID: Int] = [:]
        for need in dataset.needs { needsPerOrganization[need.organization, default: 0] += 1 }
        #expect(needsPerOrganization.values.allSatisfy { (1...3).contains($0) })
        #expect(dataset.needs.allSatisfy { $0.status == .open })

        // Popularity is skewed: the most offered service is far above the median.
        var offered: [ServiceCode: Int] = [:]
        for offering in dataset.offerings { offered[offering.service, default: 0] += 1 }
        let counts = offered.values.sorted()
        #expect(counts.last! >= 4 * counts[counts.count / 2])
        #expect(dataset.offerings.contains { $0.capacityPerMonth == 0 } && dataset.offerings.contains { ($0.capacityPerMonth ?? 0) > 5 })
        #expect(dataset.offerings.contains { $0.coopFluent == true })

        #expect(!dataset.referrals.isEmpty)
        #expect(dataset.referrals.contains { $0.outcome?.result == .met } && dataset.referrals.contains { $0.outcome?.result == .unmet })
        #expect(dataset.referrals.allSatisfy { $0.validationIssues().isEmpty })

        // Neighbourhoods cluster: organizations of one area sit within a few kilometres of its centroid.
        let areas = AreaTree(dataset.areas)
        for organization in dataset.organizations.prefix(200) {
            let location = try #require(organization.locations.first)
            let centre = try #require(areas.area(location.area!)?.centroid)
            #expect(abs(location.lat! - centre.lat) < 0.05 && abs(location.lon! - centre.lon) < 0.07)
        }
    }
}
