import Foundation
import Testing
import TejidoInterchange
import TejidoModel

/// Every example of the HSDS 3.0 specification imports with no errors, and every organization,
/// service and location it holds is in Tejido afterwards: an organization by its HSDS id, a
/// service as an offering with its HSDS id, a location as a place on an organization whose
/// sources name the location's HSDS id.
@Suite("HSDS import: the specification's examples")
struct HSDSExampleTests {
    static let jsonExamples = [
        "base.json", "location.json", "organization_full.json", "organization_list.json", "service_at_location_full.json",
        "service_at_location_list.json", "service_full.json", "service_list.json", "tabular.json", "taxonomy.json", "taxonomy_list.json",
        "taxonomy_term.json", "taxonomy_term_list.json",
    ]

    /// The type of a whole example document (or of its page's `contents`).
    static func rootType(_ name: String) -> String? {
        if name.hasPrefix("organization") { return "organization" }
        if name.hasPrefix("service_at_location") { return "service_at_location" }
        if name.hasPrefix("service") { return "service" }
        if name.hasPrefix("location") { return "location" }
        if name.hasPrefix("taxonomy_term") { return "taxonomy_term" }
        return nil
    }

    @Test("every JSON example is present in the shared folder")
    func examplesExist() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: HSDSFixtures.examples.path).filter { $0.hasSuffix(".json") }
        #expect(Set(names) == Set(Self.jsonExamples))
    }

    @Test("a JSON example imports with no errors, every organization, service and location present", arguments: jsonExamples)
    func jsonExample(_ name: String) throws {
        let url = HSDSFixtures.examples.appendingPathComponent(name)
        let outcome = try HSDSFixtures.importing(url)
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected.map(\.description))")
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let root = Self.rootType(name)
        expectPresent(
            organizations: HSDSFixtures.ids(of: "organization", in: document, root: root),
            services: HSDSFixtures.ids(of: "service", in: document, root: root),
            locations: HSDSFixtures.ids(of: "location", in: document, root: root),
            in: outcome
        )
    }

    @Test("the tabular data package (csv/) imports with no errors, every organization, service and location present")
    func tabularPackage() throws {
        let folder = HSDSFixtures.examples.appendingPathComponent("csv", isDirectory: true)
        let outcome = try HSDSFixtures.importing(folder)
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected.map(\.description))")
        let organizations = try Self.csvIDs(folder.appendingPathComponent("organizations.csv"))
        let services = try Self.csvIDs(folder.appendingPathComponent("services.csv"))
        let locations = try Self.csvIDs(folder.appendingPathComponent("locations.csv"))
        #expect(!organizations.isEmpty && !services.isEmpty && !locations.isEmpty)
        expectPresent(organizations: organizations, services: services, locations: locations, in: outcome)
    }

    @Test("the data package descriptor itself may be named as the import")
    func dataPackageDescriptor() throws {
        let descriptor = HSDSFixtures.examples.appendingPathComponent("csv/datapackage.json")
        let outcome = try HSDSFixtures.importing(descriptor)
        #expect(outcome.rejected.isEmpty)
        #expect(outcome.dataset.organizations.count == 1)
        #expect(outcome.dataset.offerings.count == 1)
    }

    @Test("what has no place in Tejido is reported per record, with file, record and field")
    func droppedFieldsAreReported() throws {
        let outcome = try HSDSFixtures.importing(HSDSFixtures.examples.appendingPathComponent("organization_full.json"))
        let logo = outcome.dropped.first { $0.field == "logo" }
        #expect(logo?.file == "organization_full.json")
        #expect(logo?.reason.contains("has no place in Tejido") == true)
        let fundingOfService = outcome.dropped.first { $0.record == "services[0]" && $0.field == "funding" }
        #expect(fundingOfService != nil, "\(outcome.dropped.map(\.description))")
    }

    @Test("the same records read from the JSON and the CSV forms of the examples give the same organization and offering")
    func tabularMatchesJSON() throws {
        let json = try HSDSFixtures.importing(HSDSFixtures.examples.appendingPathComponent("tabular.json"))
        let csv = try HSDSFixtures.importing(HSDSFixtures.examples.appendingPathComponent("csv", isDirectory: true))
        #expect(json.dataset.organizations.map(\.id) == csv.dataset.organizations.map(\.id))
        #expect(json.dataset.offerings.map(\.id) == csv.dataset.offerings.map(\.id))
        #expect(json.dataset.offerings.map(\.service) == csv.dataset.offerings.map(\.service))
    }

    private func expectPresent(organizations: Set<String>, services: Set<String>, locations: Set<String>, in outcome: ImportOutcome) {
        let dataset = outcome.dataset
        let organizationIDs = Set(dataset.organizations.map { $0.id.uuid.uuidString.lowercased() })
        for id in organizations {
            #expect(organizationIDs.contains(id.lowercased()), "organization \(id) is missing")
        }
        let offeringIDs = Set(dataset.offerings.map { $0.id.uuid.uuidString.lowercased() })
        for id in services {
            #expect(offeringIDs.contains(id.lowercased()), "service \(id) is missing")
        }
        for id in locations {
            let holder = dataset.organizations.first { organization in
                !organization.locations.isEmpty && organization.sources.contains { $0.sourceID == id }
            }
            #expect(holder != nil, "location \(id) is missing")
        }
    }

    /// The `id` column of a CSV table.
    static func csvIDs(_ url: URL) throws -> Set<String> {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: ",").map(String.init), let column = header.firstIndex(of: "id") else { return [] }
        return Set(lines.dropFirst().compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return cells.count > column ? String(cells[column]) : nil
        }.filter { !$0.isEmpty })
    }
}
