import Foundation
import Testing
import TejidoInterchange
import TejidoModel

/// Real-world HSDS is messier than the examples. What the schema accepts is imported, and what
/// has no place in Tejido is reported per record; what cannot be read is rejected with file,
/// record, field and reason, and never reaches the dataset.
@Suite("HSDS import: messy inputs")
struct HSDSMessyInputTests {
    static let messy = #"""
    [
      {"id": "11111111-1111-4111-8111-111111111111", "name": "Minimal Co-op", "description": "Only what HSDS requires."},
      {"id": "22222222-2222-4222-8222-222222222222", "name": "Extra Fields Co-op", "description": "x", "favourite_colour": "green",
       "services": [{"id": "22222222-2222-4222-8222-000000000001", "name": "Bookkeeping", "status": "active", "shoe_size": 44}]},
      {"id": "33333333-3333-4333-8333-333333333333", "name": "Empty Strings Co-op", "description": "", "email": "", "website": "", "alternate_name": "",
       "locations": [{"id": "33333333-3333-4333-8333-000000000001", "location_type": "physical", "latitude": 41.88, "longitude": -87.63,
         "addresses": [{"id": "33333333-3333-4333-8333-000000000002", "address_1": "", "city": "Chicago", "state_province": "IL", "postal_code": "",
                        "country": "US", "address_type": "physical"}]}]},
      {"id": "44444444-4444-4444-8444-444444444444", "name": 42, "description": "wrong type"},
      {"id": "55555555-5555-4555-8555-555555555555", "name": "Odd Dates Co-op", "description": "x", "year_incorporated": "nineteen ninety",
       "services": [{"id": "55555555-5555-4555-8555-000000000001", "name": "Bookkeeping", "status": "active", "assured_date": "31/12/2023",
                     "last_modified": "yesterday", "cost_options": [{"id": "55555555-5555-4555-8555-000000000002", "valid_from": "2023-13-45", "amount": 0}]}]},
      {"id": "66666666-6666-4666-8666-666666666666", "name": "Unknown Term Co-op", "description": "x",
       "services": [{"id": "66666666-6666-4666-8666-000000000001", "name": "Something", "status": "active",
                     "attributes": [{"id": "66666666-6666-4666-8666-000000000002", "taxonomy_term_id": "66666666-6666-4666-8666-000000000003",
                                     "taxonomy_term": {"id": "66666666-6666-4666-8666-000000000003", "code": "XYZ-99", "name": "Underwater basket weaving",
                                                       "description": ""}}]}]},
      {"name": "No Id Co-op", "description": "x", "services": [{"name": "Bookkeeping", "status": "active"}]}
    ]
    """#

    static func read(_ text: String, _ name: String = "messy.json") throws -> ImportOutcome {
        let folder = try HSDSFixtures.scratch("hsds-messy")
        defer { HSDSFixtures.remove(folder) }
        return try HSDSFixtures.importing(HSDSFixtures.write(text, name, in: folder))
    }

    static func organization(_ outcome: ImportOutcome, _ name: String) -> Organization? {
        outcome.dataset.organizations.first { $0.name == name }
    }

    @Test("missing optional fields: an organization with only id, name and description is imported")
    func missingOptionalFields() throws {
        let outcome = try Self.read(Self.messy)
        let organization = try #require(Self.organization(outcome, "Minimal Co-op"))
        #expect(organization.id.uuid.uuidString.lowercased() == "11111111-1111-4111-8111-111111111111")
        #expect(organization.kinds == [.other])
        #expect(organization.sources == [Source(document: "hsds:messy.json", sourceID: "11111111-1111-4111-8111-111111111111")])
        #expect(!outcome.dropped.contains { $0.record == "[0]" })
    }

    @Test("extra fields are ignored and reported, on the record that has them")
    func extraFields() throws {
        let outcome = try Self.read(Self.messy)
        #expect(Self.organization(outcome, "Extra Fields Co-op") != nil)
        #expect(outcome.dropped.contains { $0.record == "[1]" && $0.field == "favourite_colour" && $0.reason.contains("extra field") })
        #expect(outcome.dropped.contains { $0.record == "[1].services[0]" && $0.field == "shoe_size" })
        #expect(outcome.dataset.offerings.contains { $0.id.uuid.uuidString.lowercased() == "22222222-2222-4222-8222-000000000001" })
    }

    @Test("empty strings are treated as missing and reported")
    func emptyStrings() throws {
        let outcome = try Self.read(Self.messy)
        let organization = try #require(Self.organization(outcome, "Empty Strings Co-op"))
        #expect(organization.email == nil && organization.website == nil && organization.alternateNames.isEmpty)
        #expect(organization.description.values.isEmpty)
        #expect(organization.locations.first?.address == nil)
        #expect(organization.locations.first?.locality == "Chicago")
        for field in ["email", "website", "alternate_name", "description"] {
            #expect(outcome.dropped.contains { $0.record == "[2]" && $0.field == field && $0.reason == "empty string treated as missing" }, "\(field)")
        }
    }

    @Test("a wrong type in a field Tejido reads rejects that record only, naming file, record and field")
    func wrongTypeRejects() throws {
        let outcome = try Self.read(Self.messy)
        #expect(outcome.rejected == [ImportProblem(file: "messy.json", record: "[3]", field: "name", reason: "has the wrong type; expected a string, found a number")])
        #expect(!outcome.dataset.organizations.contains { $0.id.uuid.uuidString.lowercased() == "44444444-4444-4444-8444-444444444444" })
        #expect(outcome.dataset.organizations.count == 6)
    }

    @Test("a wrong type in a field Tejido does not read is dropped, not rejected")
    func wrongTypeInUnreadField() throws {
        let outcome = try Self.read(Self.messy)
        #expect(Self.organization(outcome, "Odd Dates Co-op") != nil)
        #expect(outcome.dropped.contains { $0.record == "[4]" && $0.field == "year_incorporated" && $0.reason.contains("wrong type") })
    }

    @Test("odd dates in fields Tejido does not keep are accepted and reported, and the record is imported")
    func oddDates() throws {
        let outcome = try Self.read(Self.messy)
        let offering = try #require(outcome.dataset.offerings.first { $0.id.uuid.uuidString.lowercased() == "55555555-5555-4555-8555-000000000001" })
        #expect(offering.cost == .free)
        #expect(offering.service == "finance.bookkeeping")
        #expect(outcome.dropped.contains { $0.record == "[4].services[0]" && $0.field == "assured_date" && $0.reason.contains("31/12/2023") })
        #expect(outcome.dropped.contains { $0.record == "[4].services[0]" && $0.field == "last_modified" })
        #expect(outcome.dropped.contains { $0.record == "[4].services[0].cost_options[0]" && $0.field == "valid_from" })
    }

    @Test("an impossible date in a source carried as metadata drops that source and says why; the record stays")
    func oddDateInTejidoSource() throws {
        let text = #"""
        {"id": "99999999-9999-4999-8999-999999999999", "name": "Dated Co-op", "description": "x",
         "metadata": [{"id": "99999999-9999-4999-8999-000000000001", "last_action_date": "2024-02-30", "last_action_type": "source",
                       "field_name": "sources", "previous_value": "", "updated_by": "report.pdf",
                       "replacement_value": "{\"document\":\"report.pdf\",\"date\":\"2024-02-30\"}"}]}
        """#
        let outcome = try Self.read(text, "dated.json")
        let organization = try #require(Self.organization(outcome, "Dated Co-op"))
        #expect(organization.sources == [Source(document: "hsds:dated.json", sourceID: "99999999-9999-4999-8999-999999999999")])
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected)")
        #expect(outcome.dropped.contains { $0.record == "metadata[0]" && $0.reason.contains("'2024-02-30' is not a date") }, "\(outcome.dropped)")
    }

    @Test("an unknown taxonomy term becomes a free term under 'imported' and is reported as unmapped")
    func unknownTerm() throws {
        let outcome = try Self.read(Self.messy)
        #expect(outcome.unmappedTerms == ["Underwater basket weaving": 1])
        let offering = try #require(outcome.dataset.offerings.first { $0.id.uuid.uuidString.lowercased() == "66666666-6666-4666-8666-000000000001" })
        #expect(offering.service == "imported.underwater_basket_weaving")
        #expect(outcome.dataset.services.contains { $0.code == "imported" })
        #expect(outcome.dataset.services.contains { $0.code == "imported.underwater_basket_weaving" && $0.parent == "imported" })
    }

    @Test("a term that names a Tejido service maps to its code and is not reported")
    func knownTermByName() throws {
        let outcome = try Self.read(Self.messy)
        #expect(outcome.unmappedTerms["Bookkeeping"] == nil)
        #expect(outcome.dataset.offerings.filter { $0.service == "finance.bookkeeping" }.count == 3)
    }

    @Test("a record without an id gets one derived from its name, and says so")
    func missingID() throws {
        let outcome = try Self.read(Self.messy)
        let organization = try #require(Self.organization(outcome, "No Id Co-op"))
        #expect(organization.id.uuid == NameBasedUUID.make("tejido:hsds:organization-name:No Id Co-op"))
        #expect(outcome.dropped.contains { $0.record == "[6]" && $0.field == "id" })
        #expect(outcome.dataset.offerings.contains { $0.organization == organization.id })
    }

    @Test("a truncated JSON file is rejected with its line and column, and nothing of it is read")
    func truncatedJSON() throws {
        let outcome = try Self.read(#"{"contents": [{"id": "77777777-7777-4777-8777-777777777777", "name": "Trunc"#, "truncated.json")
        #expect(outcome.dataset == DirectoryDataset())
        let problem = try #require(outcome.rejected.first)
        #expect(outcome.rejected.count == 1)
        #expect(problem.file == "truncated.json")
        #expect(problem.reason.hasPrefix("is not valid JSON"))
        #expect(problem.reason.contains("line 1, column"))
    }

    @Test("a file that is not UTF-8 is rejected with the byte where it breaks")
    func badUTF8() throws {
        let folder = try HSDSFixtures.scratch("hsds-utf8")
        defer { HSDSFixtures.remove(folder) }
        var bytes = Array(#"{"id": "88888888-8888-4888-8888-888888888888", "name": "Bad "#.utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(#" UTF", "description": "x"}"#.utf8)
        let url = folder.appendingPathComponent("badutf8.json")
        try Data(bytes).write(to: url)
        let outcome = try HSDSFixtures.importing(url)
        #expect(outcome.dataset == DirectoryDataset())
        #expect(outcome.rejected.count == 1)
        #expect(outcome.rejected.first?.reason.hasPrefix("is not valid UTF-8: byte 61") == true, "\(outcome.rejected)")
    }

    @Test("one broken file among good ones rejects only itself")
    func brokenFileAmongGood() throws {
        let folder = try HSDSFixtures.scratch("hsds-mixed")
        defer { HSDSFixtures.remove(folder) }
        try HSDSFixtures.write(#"{"id": "12121212-1212-4212-8212-121212121212", "name": "Good Co-op", "description": "x"}"#, "a.json", in: folder)
        try HSDSFixtures.write(#"[{"id": "#, "b.json", in: folder)
        let outcome = try HSDSFixtures.importing(folder)
        #expect(outcome.dataset.organizations.map(\.name) == ["Good Co-op"])
        #expect(outcome.rejected.map(\.file) == ["b.json"])
    }

    @Test("something that is not an HSDS record is rejected with what it is")
    func notARecord() throws {
        let outcome = try Self.read(#"[42, {}, {"colour": "blue"}]"#, "odd.json")
        #expect(outcome.dataset == DirectoryDataset())
        #expect(outcome.rejected.map(\.record) == ["[0]", "[1]", "[2]"])
    }

    @Test("a path that does not exist throws")
    func missingPath() {
        #expect(throws: ImportProblem.self) {
            try HSDSFixtures.importing(URL(fileURLWithPath: "/nonexistent/hsds-\(UUID().uuidString)"))
        }
    }

    @Test("a CSV table with a malformed row rejects that row and keeps the others")
    func csvBadRow() throws {
        let folder = try HSDSFixtures.scratch("hsds-csv")
        defer { HSDSFixtures.remove(folder) }
        try HSDSFixtures.write("id,name,description\n13131313-1313-4313-8313-131313131313,Good Co-op,x\n14141414-1414-4414-8414-141414141414,,no name\n", "organizations.csv", in: folder)
        let outcome = try HSDSFixtures.importing(folder)
        #expect(outcome.dataset.organizations.map(\.name) == ["Good Co-op"])
        #expect(outcome.rejected.count == 1)
        #expect(outcome.rejected.first?.line == 3)
        #expect(outcome.rejected.first?.field == "name")
    }
}
