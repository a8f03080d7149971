import Foundation
import Testing
import TejidoInterchange
import TejidoModel

// The real seed loads cleanly, rests on its source documents, and covers the four regions; a seed
// broken in any one place is refused with a problem naming the file, the record and the field.
// (Seeding a store with it is tested in TejidoStoreTests, which can depend on TejidoStore.)

enum Seed {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("seed", isDirectory: true)
    static let documents = repository.deletingLastPathComponent().appendingPathComponent("shared/seeds", isDirectory: true)

    /// The real seed, loaded once for every test that only reads it.
    static let loaded: Result<DirectoryDataset, SeedError> = Result { () throws(SeedError) in try SeedLoader(directory: directory).load() }

    static func dataset() throws -> DirectoryDataset { try loaded.get() }

    /// Runs of whitespace as one space, trimmed: quotes may differ from documents in whitespace only.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A copy of the real seed in a temporary folder, to break one thing in.
struct SeedCopy {
    let root: URL
    let directory: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-seed-tests-\(UUID().uuidString)", isDirectory: true)
        directory = root.appendingPathComponent("seed", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Seed.directory, to: directory)
    }

    /// Rewrites `file` (relative to the seed folder) after `change`.
    func edit(_ file: String, _ change: (inout [String: Any]) throws -> Void) throws {
        let url = directory.appendingPathComponent(file)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        try change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: url)
    }

    /// Every organizations file, by name.
    func organizationFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("organizations").path).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The problems loading the copy reports; records an issue when it loads.
    func problems() -> [SeedError.Problem] {
        do {
            _ = try SeedLoader(directory: directory).load()
            Issue.record("the broken seed loaded without problems")
            return []
        } catch {
            return error.problems
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Changes the organization with `slug` in a decoded organizations file.
private func editOrganization(_ object: inout [String: Any], slug: String, _ change: (inout [String: Any]) throws -> Void) throws {
    var organizations = try #require(object["organizations"] as? [[String: Any]])
    let index = try #require(organizations.firstIndex { $0["slug"] as? String == slug }, "no organization \(slug)")
    try change(&organizations[index])
    object["organizations"] = organizations
}

@Suite("Seed loader: the real seed")
struct RealSeedTests {
    @Test("the real seed loads with zero problems")
    func loads() {
        if case .failure(let error) = Seed.loaded {
            Issue.record("\(error.problems.count) problems: \(error.problems.prefix(20).map(\.description).joined(separator: "\n"))")
        }
    }

    @Test("it holds more than 60 organizations")
    func organizationCount() throws {
        let count = try Seed.dataset().organizations.count
        #expect(count > 60, "only \(count) organizations")
    }

    @Test("every organization has at least one source")
    func sources() throws {
        for organization in try Seed.dataset().organizations {
            #expect(!organization.sources.isEmpty, "\(organization.slug)")
        }
    }

    @Test("every source quote occurs in its document (whitespace aside)")
    func quotes() throws {
        let dataset = try Seed.dataset()
        var sources: [(record: String, source: Source)] = []
        sources += dataset.areas.flatMap { area in area.sources.map { ("area \(area.id)", $0) } }
        sources += dataset.organizations.flatMap { organization in organization.sources.map { ("organization \(organization.slug)", $0) } }
        sources += dataset.offerings.flatMap { offering in offering.sources.map { ("offering \(offering.service) of \(offering.organization)", $0) } }
        sources += dataset.needs.flatMap { need in need.sources.map { ("need \(need.service) of \(need.organization)", $0) } }
        sources += dataset.relationships.flatMap { relationship in relationship.sources.map { ("relationship \(relationship.id)", $0) } }
        sources += dataset.activityReports.flatMap { report in report.sources.map { ("activity report \(report.id)", $0) } }
        #expect(!sources.isEmpty)

        var documents: [String: String] = [:]
        for (record, source) in sources {
            if documents[source.document] == nil {
                let url = Seed.documents.appendingPathComponent(source.document)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    Issue.record("\(record): document \(source.document) is not in \(Seed.documents.path)")
                    continue
                }
                documents[source.document] = Seed.normalized(text)
            }
            guard let quote = source.quote, let document = documents[source.document] else { continue }
            #expect(document.contains(Seed.normalized(quote)), "\(record): quote not in \(source.document): \(quote)")
        }
    }

    @Test("organizations are listed in the US, Chile, Greece and Spain")
    func countries() throws {
        let countries = Set(try Seed.dataset().organizations.compactMap(\.country))
        for country in ["US", "CL", "GR", "ES"] { #expect(countries.contains(country), "no organization in \(country)") }
    }

    @Test("it holds one activity report, whose count keys are kept as written")
    func activityReport() throws {
        let reports = try Seed.dataset().activityReports
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(!report.counts.isEmpty)
        #expect(report.counts.keys.allSatisfy { key in key.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" } })
    }

    @Test("ids are name-based, as docs/seed-format.md says")
    func nameBasedIDs() throws {
        let dataset = try Seed.dataset()
        func uuid(_ name: String) -> String { NameBasedUUID.make(name).uuidString.lowercased() }
        let slugs = Dictionary(uniqueKeysWithValues: dataset.organizations.map { ($0.id, $0.slug.rawValue) })
        for organization in dataset.organizations {
            #expect(organization.id.description == uuid("tejido:organization:\(organization.slug)"), "\(organization.slug)")
        }
        for offering in dataset.offerings {
            let slug = try #require(slugs[offering.organization])
            #expect(offering.id.description == uuid("tejido:offering:\(slug):\(offering.service)"), "\(slug) \(offering.service)")
        }
        for need in dataset.needs {
            let slug = try #require(slugs[need.organization])
            #expect(need.id.description == uuid("tejido:need:\(slug):\(need.service)"), "\(slug) \(need.service)")
        }
        for relationship in dataset.relationships {
            let from = try #require(slugs[relationship.from]), to = try #require(slugs[relationship.to])
            #expect(relationship.id.description == uuid("tejido:relationship:\(from):\(relationship.kind.rawValue):\(to)"), "\(from) \(relationship.kind) \(to)")
        }
        for report in dataset.activityReports {
            let slug = try #require(slugs[report.reportingOrganization])
            #expect(report.id.description == uuid("tejido:activity-report:\(slug):\(report.periodStart)"))
        }
    }

    @Test("nested offerings and needs belong to their organization, and the whole dataset is consistent")
    func consistent() throws {
        let dataset = try Seed.dataset()
        let ids = Set(dataset.organizations.map(\.id))
        #expect(dataset.offerings.allSatisfy { ids.contains($0.organization) })
        #expect(dataset.needs.allSatisfy { ids.contains($0.organization) })
        #expect(DatasetValidator().problems(in: dataset) == [])
    }
}

@Suite("Seed loader: broken seeds")
struct BrokenSeedTests {
    @Test("an unknown service code in an offering names the file, the organization and offerings[0].service")
    func unknownOfferingService() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        let slug = "chicago-community-wealth-building-ecosystem"
        try copy.edit("organizations/us-chicago.json") { file in
            try editOrganization(&file, slug: slug) { organization in
                var offerings = try #require(organization["offerings"] as? [[String: Any]])
                offerings[0]["service"] = "finance.bookeeping"
                organization["offerings"] = offerings
            }
        }
        let problems = copy.problems()
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record.contains(slug), "record: \(problem.record)")
        #expect(problem.field == "offerings[0].service", "field: \(problem.field)")
        #expect(problem.message.contains("finance.bookeeping"))
        #expect(problem.message.contains("did you mean 'finance.bookkeeping'"))
    }

    @Test("an offering value that is not allowed names the file, the organization and offerings[0].cost")
    func badOfferingValue() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        let slug = "chicago-community-wealth-building-ecosystem"
        try copy.edit("organizations/us-chicago.json") { file in
            try editOrganization(&file, slug: slug) { organization in
                var offerings = try #require(organization["offerings"] as? [[String: Any]])
                offerings[0]["cost"] = "cheap"
                organization["offerings"] = offerings
            }
        }
        let problem = try #require(copy.problems().first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record.contains(slug))
        #expect(problem.field == "offerings[0].cost")
    }

    @Test("a missing name names the file, the organization and `name`")
    func missingName() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        let slug = "kola-nut-collaborative"
        try copy.edit("organizations/us-chicago.json") { file in
            try editOrganization(&file, slug: slug) { $0.removeValue(forKey: "name") }
        }
        let problems = copy.problems()
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record.contains(slug))
        #expect(problem.field == "name")
        #expect(problem.message.contains("missing"))
    }

    @Test("a bad slug names the file, the organization (by the bad slug) and `slug`")
    func badSlug() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        let old = "kola-nut-collaborative", bad = "Kola Nut Collaborative"
        // Rename it everywhere it is referred to, so the slug itself is the only problem.
        for file in try copy.organizationFiles() {
            try copy.edit("organizations/" + file) { object in
                func rename(_ value: Any?) -> Any? { (value as? String) == old ? bad : value }
                if var organizations = object["organizations"] as? [[String: Any]] {
                    for index in organizations.indices { organizations[index]["slug"] = rename(organizations[index]["slug"]) }
                    object["organizations"] = organizations
                }
                if var relationships = object["relationships"] as? [[String: Any]] {
                    for index in relationships.indices {
                        relationships[index]["from"] = rename(relationships[index]["from"])
                        relationships[index]["to"] = rename(relationships[index]["to"])
                    }
                    object["relationships"] = relationships
                }
                if var reports = object["activity_reports"] as? [[String: Any]] {
                    for index in reports.indices {
                        reports[index]["reporting_org"] = rename(reports[index]["reporting_org"])
                        reports[index]["convener"] = rename(reports[index]["convener"])
                        reports[index]["organizations_worked_with"] = (reports[index]["organizations_worked_with"] as? [Any])?.map { rename($0)! }
                    }
                    object["activity_reports"] = reports
                }
            }
        }
        let problems = copy.problems()
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record.contains(bad))
        #expect(problem.field == "slug")
    }

    @Test("a relationship to an unknown slug names the file, the relationship and `to`, and suggests the slug meant")
    func unknownRelationshipSlug() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        var index = -1
        try copy.edit("organizations/us-chicago.json") { file in
            var relationships = try #require(file["relationships"] as? [[String: Any]])
            index = try #require(relationships.firstIndex { $0["to"] as? String == "kola-nut-collaborative" })
            relationships[index]["to"] = "kola-nut"
            file["relationships"] = relationships
        }
        let problems = copy.problems()
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record == "relationships[\(index)]")
        #expect(problem.field == "to")
        #expect(problem.message.contains("'kola-nut'"))
        #expect(problem.message.contains("did you mean 'kola-nut-collaborative'"))
    }

    @Test("invalid JSON names the file")
    func invalidJSON() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        let url = copy.directory.appendingPathComponent("organizations/us-chicago.json")
        try Data(#"{"organizations": [{"slug": "kola-nut-collaborative",}"#.utf8).write(to: url)
        let problems = copy.problems()
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.message.contains("not valid JSON"))
        #expect(problem.description.hasPrefix("organizations/us-chicago.json: "))
    }

    @Test("invalid JSON in the taxonomy names taxonomy.json")
    func invalidTaxonomy() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        try Data("{ services: [] }".utf8).write(to: copy.directory.appendingPathComponent("taxonomy.json"))
        let problems = copy.problems()
        #expect(problems.contains { $0.file == "taxonomy.json" && $0.message.contains("not valid JSON") }, "\(problems)")
    }

    @Test("problems in several files are all reported in one run")
    func everyProblem() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        try copy.edit("organizations/us-chicago.json") { file in
            try editOrganization(&file, slug: "kola-nut-collaborative") { $0.removeValue(forKey: "name") }
        }
        try copy.edit("organizations/cl-reficoop.json") { file in
            try editOrganization(&file, slug: "reficoop") { $0["kinds"] = ["cooperative_of_everything"] }
        }
        let problems = copy.problems()
        #expect(Set(problems.map(\.file)) == ["organizations/us-chicago.json", "organizations/cl-reficoop.json"])
        #expect(problems.contains { $0.file == "organizations/cl-reficoop.json" && $0.record.contains("reficoop") && $0.field == "kinds[0]" })
        let error = SeedError(problems)
        #expect(error.description.contains("(and 1 more problem)"))
    }

    @Test("an offering that is not an object is reported, not silently dropped")
    func offeringNotAnObject() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        let slug = "chicago-community-wealth-building-ecosystem"
        try copy.edit("organizations/us-chicago.json") { file in
            try editOrganization(&file, slug: slug) { organization in
                var offerings = try #require(organization["offerings"] as? [Any])
                offerings[0] = "ecosystem.convening"
                organization["offerings"] = offerings
            }
        }
        let problem = try #require(copy.problems().first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record.contains(slug))
        #expect(problem.field.hasPrefix("offerings[0]"))
    }

    @Test("a relationship without `to` is reported, not silently dropped")
    func relationshipWithoutTo() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        try copy.edit("organizations/us-chicago.json") { file in
            var relationships = try #require(file["relationships"] as? [[String: Any]])
            relationships[0].removeValue(forKey: "to")
            file["relationships"] = relationships
        }
        let problem = try #require(copy.problems().first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record.hasPrefix("relationships[0]"))
        #expect(problem.field == "to")
    }

    @Test("an activity report without reporting_org is reported, not silently dropped")
    func reportWithoutReporter() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        try copy.edit("organizations/us-chicago.json") { file in
            var reports = try #require(file["activity_reports"] as? [[String: Any]])
            reports[0].removeValue(forKey: "reporting_org")
            file["activity_reports"] = reports
        }
        let problem = try #require(copy.problems().first)
        #expect(problem.file == "organizations/us-chicago.json")
        #expect(problem.record.hasPrefix("activity_reports[0]"))
        #expect(problem.field == "reporting_org")
    }

    @Test("an organizations file whose name ends in areas.json is read from the organizations folder")
    func fileNamedLikeAreas() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        let folder = copy.directory.appendingPathComponent("organizations")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("cl-reficoop.json"), to: folder.appendingPathComponent("cl-service-areas.json"))
        do {
            let dataset = try SeedLoader(directory: copy.directory).load()
            #expect(dataset.organizations.count == (try Seed.dataset().organizations.count))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("a missing organizations folder is reported")
    func missingFolder() throws {
        let copy = try SeedCopy()
        defer { copy.remove() }
        try FileManager.default.removeItem(at: copy.directory.appendingPathComponent("organizations"))
        #expect(copy.problems().contains { $0.file == "organizations/" })
    }
}
