import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("CSV: seed round trip")
struct CSVRoundTripTests {
    @Test("the seed exported with private fields imports back to equal organizations, offerings, needs, relationships and areas")
    func seedRoundTrip() throws {
        let seed = try CSVSeed.dataset()
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        let written = try CSVExporter.export(seed, to: scratch.url, includePrivate: true)
        #expect(written == [
            "organizations.csv", "offerings.csv", "needs.csv", "relationships.csv", "areas.csv", "sources.csv", "alternate_names.csv",
            "locations.csv", "contacts.csv",
        ])

        // Against an empty area tree: areas.csv alone must carry every area.
        let outcome = try CSVImporter.read(scratch.url, taxonomy: CSVSeed.taxonomy(), areas: AreaTree([]))
        #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
        let expected = seed.normalized, actual = outcome.dataset.normalized
        #expect(actual.organizations == expected.organizations)
        #expect(actual.offerings == expected.offerings)
        #expect(actual.needs == expected.needs)
        #expect(actual.relationships == expected.relationships)
        #expect(actual.areas == expected.areas)
        #expect(actual.activityReports.isEmpty && actual.referrals.isEmpty && actual.services.isEmpty)
        #expect(outcome.recordsRead == seed.organizations.count + seed.offerings.count + seed.needs.count + seed.relationships.count + seed.areas.count)
        for (organization, original) in zip(actual.organizations, expected.organizations) where organization != original {
            Issue.record("first difference: \(organization.slug)\n\(organization)\n\(original)")
            break
        }
    }

    @Test("without private fields no contacts.csv is written, and the import gives the public views")
    func publicExport() throws {
        let seed = try CSVSeed.dataset()
        #expect(seed.organizations.contains { !$0.contacts.isEmpty }, "the seed has contacts to leave out")
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        let written = try CSVExporter.export(seed, to: scratch.url, includePrivate: false)
        #expect(!written.contains("contacts.csv"))
        #expect(!scratch.exists("contacts.csv"))
        let outcome = try scratch.read()
        #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
        #expect(outcome.dataset.normalized.organizations == seed.normalized.organizations.map(\.publicView))
    }

    @Test("every file starts with the UTF-8 byte-order mark and ends every line with CRLF")
    func bytes() throws {
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        for file in try CSVExporter.export(CSVSeed.dataset(), to: scratch.url, includePrivate: true) {
            let bytes = try scratch.bytes(file)
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file)")
            #expect(bytes.suffix(2) == [0x0D, 0x0A], "\(file) does not end with CRLF")
            // The seed's texts hold no line breaks, so every LF in the files ends a record.
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                #expect(index > 0 && bytes[index - 1] == 0x0D, "\(file): a bare LF at byte \(index)")
            }
            #expect(!bytes.dropFirst(3).starts(with: [0xEF, 0xBB, 0xBF]))
        }
    }

    @Test("exporting what was imported writes the same bytes again")
    func stableExport() throws {
        let first = try CSVScratch(), second = try CSVScratch()
        defer {
            first.remove()
            second.remove()
        }
        let files = try CSVExporter.export(CSVSeed.dataset(), to: first.url, includePrivate: true)
        let outcome = try first.read()
        try CSVExporter.export(outcome.dataset, to: second.url, includePrivate: true)
        for file in files { #expect(try first.bytes(file) == second.bytes(file), "\(file)") }
    }

    @Test("a cell with a comma, a quote, a line break and a leading = is quoted, guarded, and read back as it was")
    func awkwardCells() throws {
        var seed = try CSVSeed.dataset()
        let awkward = "=HYPERLINK(\"http://evil.example\"), said \"she\"\nand left"
        seed.organizations[0].name = awkward
        seed.organizations[0].legalForm = "  spaced out  "
        seed.organizations[0].phone = "+30 210 000 0000"
        seed.organizations[0].sectors = ["food; drink", "C:\\path", "-minus", "@handle"]
        seed.organizations[0].description = ["en": "'quoted already", "es": "-5", "el": "\t=tab"]
        seed.organizations[1].email = "@not-an-email"
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        try CSVExporter.export(seed, to: scratch.url, includePrivate: true)

        let text = try scratch.text("organizations.csv")
        #expect(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\"), said \"\"she\"\"\nand left\""))
        #expect(text.contains(",\"  spaced out  \","))
        #expect(text.contains(",'+30 210 000 0000,"))
        #expect(text.contains("food\\; drink; C:\\\\path; -minus; @handle"))
        #expect(text.contains(",-5,"), "a plain negative number is not guarded")
        #expect(text.contains(",''quoted already,"))

        let outcome = try scratch.read()
        let imported = outcome.dataset.organizations.first { $0.id == seed.organizations[0].id }
        #expect(imported == seed.organizations[0])
        // The second organization's email is invalid on purpose; it is rejected at its own line.
        let problems = outcome.rejected.filter { $0.file == "organizations.csv" }
        #expect(problems.count == 1, "\(outcome.csvReport)")
        #expect(problems.first?.field == "email")
        #expect(problems.first?.line == 4, "the first record spans lines 2–3, so the second organization is on line 4")
    }
}
