import Foundation
import Testing

@Suite("tejido search, show, stats and taxonomy")
struct DirectoryCommandTests {
    @Test("search --json prints the documented shape, and finds Greek centres typed without accents")
    func searchJSON() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["search", "κεντρο", "στηριξης", "--country", "GR", "--json", "--db", binary.db])
        #expect(run.status == 0)
        let object = try #require(try binary.json(run) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect((object["total"] as? Int ?? 0) >= 5)
        let first = try #require(items.first)
        #expect(Set(first.keys) == ["id", "slug", "name", "kinds", "country", "locality", "services", "score"])
        #expect(items.contains { $0["slug"] as? String == "kalo-support-centre-corfu" })
    }

    @Test("search filters by service, kind, area, language and country, and prints a table")
    func searchFilters() throws {
        let binary = try TejidoBinary.seeded()
        let incubators = try binary.run(["search", "--service", "incubation.inclusive", "--country", "CL", "--lang", "es", "--db", binary.db])
        #expect(incubators.status == 0)
        #expect(incubators.stdout.contains("reficoop"))
        #expect(incubators.stdout.hasPrefix("NAME"))
        let englewood = try binary.run(["search", "--area", "Englewood", "--kind", "business_service_org", "--json", "--db", binary.db])
        let items = try #require((try binary.json(englewood) as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.contains { ($0["slug"] as? String)?.contains("englewood") == true })
    }

    @Test("an unknown service code, area or flag gets one line with a close match and the right exit code")
    func errors() throws {
        let binary = try TejidoBinary.seeded()
        let service = try binary.run(["search", "--service", "finance.bookeeping", "--db", binary.db])
        #expect(service.status == 1)
        #expect(service.stderr.contains("did you mean 'finance.bookkeeping'?"))
        let area = try binary.run(["search", "--area", "englewod", "--db", binary.db])
        #expect(area.status == 1)
        #expect(area.stderr.contains("did you mean"))
        let flag = try binary.run(["search", "--colour", "--db", binary.db])
        #expect(flag.status == 2)
        #expect(flag.stderr.split(separator: "\n").count == 1)
        let kind = try binary.run(["search", "--kind", "bakery", "--db", binary.db])
        #expect(kind.status == 2)
        #expect(kind.stderr.contains("worker_coop"))
        let missing = try binary.run(["stats", "--db", binary.folder.appendingPathComponent("absent.sqlite").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("run 'tejido seed'"))
    }

    @Test("show prints the public record, and suggests the slug a person probably meant")
    func show() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["show", "kola-nut-collaborative", "--json", "--db", binary.db])
        #expect(run.status == 0)
        let object = try #require(try binary.json(run) as? [String: Any])
        let organization = try #require(object["organization"] as? [String: Any])
        #expect(organization["name"] as? String == "Kola Nut Collaborative")
        #expect((organization["contacts"] as? [Any])?.isEmpty ?? true)
        #expect(!((organization["sources"] as? [Any]) ?? []).isEmpty)
        #expect(object["offerings"] is [Any] && object["needs"] is [Any])
        #expect(!((object["relationships"] as? [Any]) ?? []).isEmpty)

        let human = try binary.run(["show", "democracy-at-work-institute", "--db", binary.db])
        #expect(human.stdout.contains("Relationships"))
        #expect(human.stdout.contains("Sources"))
        #expect(!human.stdout.contains("Zen Trenholm"))

        let wrong = try binary.run(["show", "kola-nut", "--db", binary.db])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("no organization 'kola-nut'; did you mean 'kola-nut-collaborative'?"))
    }

    @Test("stats --json counts organizations per country and every entity")
    func stats() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["stats", "--json", "--db", binary.db])
        let object = try #require(try binary.json(run) as? [String: Any])
        #expect(Set(object.keys) == ["organizations", "by_country", "offerings", "needs", "relationships", "services", "areas", "activity_reports"])
        #expect((object["organizations"] as? Int ?? 0) > 60)
        let byCountry = try #require(object["by_country"] as? [String: Int])
        for country in ["US", "CL", "GR", "ES"] { #expect((byCountry[country] ?? 0) > 0) }
        #expect(object["activity_reports"] as? Int == 1)
    }

    @Test("taxonomy finds a service from words in four languages, and lists the tree")
    func taxonomy() throws {
        let binary = try TejidoBinary.seeded()
        for words in [["contabilidad"], ["comptabilitat"], ["λογιστικη"], ["bookkeeping"]] {
            let run = try binary.run(["taxonomy"] + words + ["--json", "--db", binary.db])
            let rows = try #require(try binary.json(run) as? [[String: Any]])
            #expect(rows.contains { $0["code"] as? String == "finance.bookkeeping" }, "\(words)")
        }
        let succession = try binary.run(["taxonomy", "relevo", "generacional", "--lang", "es", "--db", binary.db])
        #expect(succession.stdout.contains("conversion.succession"))
        let tree = try binary.run(["taxonomy", "--lang", "el", "--db", binary.db])
        #expect(tree.stdout.contains("finance.bookkeeping"))
        #expect(tree.stdout.contains("Τήρηση βιβλίων"))
        let none = try binary.run(["taxonomy", "zzzz", "--db", binary.db])
        #expect(none.status == 1)
    }
}
