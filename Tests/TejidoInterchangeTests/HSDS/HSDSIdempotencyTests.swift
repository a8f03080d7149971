import Foundation
import Testing
import TejidoInterchange
import TejidoModel

/// Reading the same HSDS input twice gives the same records, with the same ids, so writing them
/// again changes nothing; exporting what was imported gives the same bytes.
@Suite("HSDS import: idempotence")
struct HSDSIdempotencyTests {
    @Test("reading an example twice gives equal datasets and equal reports", arguments: ["organization_full.json", "service_at_location_list.json", "csv", "location.json"])
    func readTwice(_ name: String) throws {
        let url = HSDSFixtures.examples.appendingPathComponent(name)
        let first = try HSDSFixtures.importing(url), second = try HSDSFixtures.importing(url)
        #expect(first.dataset == second.dataset)
        #expect(first.dropped == second.dropped)
        #expect(first.rejected == second.rejected)
        #expect(first.unmappedTerms == second.unmappedTerms)
    }

    @Test("a foreign organization keeps its HSDS id and records it as its source, so a re-import finds it")
    func upsertKey() throws {
        let outcome = try HSDSFixtures.importing(HSDSFixtures.examples.appendingPathComponent("organization_full.json"))
        let organization = try #require(outcome.dataset.organizations.first)
        #expect(organization.id.uuid.uuidString.lowercased() == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
        #expect(organization.sources.first == Source(document: "hsds:organization_full.json", sourceID: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"))
    }

    @Test("export, import, export again: the two exports are byte for byte equal")
    func exportIsStable() throws {
        let seed = try HSDSFixtures.seed()
        let first = try HSDSFixtures.scratch("hsds-stable-1"), second = try HSDSFixtures.scratch("hsds-stable-2")
        defer {
            HSDSFixtures.remove(first)
            HSDSFixtures.remove(second)
        }
        let summary = try HSDSExporter.export(seed, to: first, includePrivate: true)
        let imported = try HSDSImporter.read(first, taxonomy: HSDSFixtures.taxonomy(seed), areas: HSDSFixtures.areas(seed))
        let again = try HSDSExporter.export(imported.dataset, to: second, includePrivate: true)
        #expect(summary.files == again.files)
        for name in summary.files {
            let a = try Data(contentsOf: first.appendingPathComponent(name)), b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs")
        }
    }

    @Test("exporting into a folder that holds an earlier export replaces it, and leaves other files alone")
    func exportReplacesEarlierExport() throws {
        let seed = try HSDSFixtures.seed()
        let folder = try HSDSFixtures.scratch("hsds-replace")
        defer { HSDSFixtures.remove(folder) }
        try HSDSFixtures.write("{}", "organizations-0099.json", in: folder)
        try HSDSFixtures.write("keep me", "README.txt", in: folder)
        let summary = try HSDSExporter.export(seed, to: folder, includePrivate: false)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names == Set(summary.files + ["README.txt"]))
    }

    @Test("the public export leaves contacts and referrals out; the private one carries them back")
    func privacy() throws {
        var seed = try HSDSFixtures.seed()
        let index = try #require(seed.organizations.indices.first)
        seed.organizations[index].contacts = [Contact(name: "Ana Pérez", role: "Coordinator", email: "ana@example.org", phone: "+1 312 555 0100")]
        let folder = try HSDSFixtures.scratch("hsds-private")
        defer { HSDSFixtures.remove(folder) }
        _ = try HSDSExporter.export(seed, to: folder, includePrivate: false)
        let text = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(!text.contains("Ana Pérez"))
        _ = try HSDSExporter.export(seed, to: folder, includePrivate: true)
        let back = try HSDSImporter.read(folder, taxonomy: HSDSFixtures.taxonomy(seed), areas: HSDSFixtures.areas(seed))
        #expect(back.dataset.organizations.first { $0.id == seed.organizations[index].id }?.contacts == seed.organizations[index].contacts)
    }
}
