import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("CSV: templates")
struct CSVTemplateTests {
    @Test("the templates import without problems, giving exactly the example records")
    func templatesImport() throws {
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        let written = try CSVTemplates.write(to: scratch.url)
        #expect(written == [
            "organizations.csv", "offerings.csv", "needs.csv", "relationships.csv", "areas.csv", "sources.csv", "alternate_names.csv",
            "locations.csv", "contacts.csv",
        ])
        let outcome = try scratch.read()
        #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
        #expect(outcome.dataset.normalized == CSVTemplates.example.normalized)
        #expect(outcome.recordsRead == 6)
    }

    @Test("each template has a header and example rows, with the id column left empty")
    func templateShape() throws {
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        for file in try CSVTemplates.write(to: scratch.url) {
            let bytes = try scratch.bytes(file)
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file)")
            let records = CSVReader.records(in: String(decoding: bytes.dropFirst(3), as: UTF8.self))
            #expect(records.count >= 2, "\(file) has no example row")
            let expectedRows = ["organizations.csv": 2, "sources.csv": 3]
            #expect(records.count - 1 == expectedRows[file, default: 1], "\(file)")
            if let id = records[0].fields.firstIndex(of: "id"), file != "areas.csv" {
                #expect(records.dropFirst().allSatisfy { $0.fields[id].isEmpty }, "\(file)")
            }
        }
    }

    @Test("the example is a Chilean worker co-op with a need, and the incubator that serves it")
    func example() throws {
        let example = CSVTemplates.example
        let coop = try #require(example.organizations.first)
        #expect(coop.kinds == [.workerCoop])
        #expect(coop.country == "CL")
        #expect(example.needs.first?.organization == coop.id)
        #expect(example.relationships.first?.to == coop.id)
        // Everything it names exists in the seed's taxonomy and areas.
        let seed = try CSVSeed.dataset()
        let validator = DatasetValidator(knownServices: Set(seed.services.map(\.code)), knownAreas: Set(seed.areas.map(\.id)))
        #expect(validator.problems(in: example) == [])
    }
}
