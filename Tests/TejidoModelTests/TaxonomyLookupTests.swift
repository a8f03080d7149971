import Foundation
import Testing
import TejidoModel

// The real taxonomy (seed/taxonomy.json): complete in four languages, a consistent tree, and a
// lookup that finds a service from the words a person types, whatever the language, case or accents.

private struct TaxonomyFile: Decodable {
    var services: [Service]
}

private enum RealTaxonomy {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seed/taxonomy.json")

    static let services: Result<[Service], any Error> = Result {
        try TejidoJSON.decoder().decode(TaxonomyFile.self, from: Data(contentsOf: url)).services
    }

    static func load() throws -> Taxonomy { Taxonomy(try services.get()) }
}

@Suite("Taxonomy lookup (real seed/taxonomy.json)")
struct TaxonomyLookupTests {
    @Test(
        "these words find finance.bookkeeping",
        arguments: ["contabilidad", "comptabilitat", "λογιστική", "λογιστικη", "ΛΟΓΙΣΤΙΚΗ", "bookkeeping", "BOOKKEEPING", "Contabilidad"])
    func bookkeeping(_ query: String) throws {
        let matches = try RealTaxonomy.load().lookup(query)
        #expect(matches.map(\.service.code).contains("finance.bookkeeping"), "\(matches.map(\.service.code))")
    }

    @Test(
        "these words find conversion.succession",
        arguments: ["relevo generacional", "succession", "conversion to worker ownership", "RELEVO GENERACIONAL", "relleu generacional", "διαδοχή"])
    func succession(_ query: String) throws {
        let matches = try RealTaxonomy.load().lookup(query)
        #expect(matches.map(\.service.code).contains("conversion.succession"), "\(matches.map(\.service.code))")
    }

    @Test("an exact synonym ranks its service first")
    func exactFirst() throws {
        let taxonomy = try RealTaxonomy.load()
        #expect(taxonomy.lookup("bookkeeping").first?.service.code == "finance.bookkeeping")
        #expect(taxonomy.lookup("relevo generacional").first?.service.code == "conversion.succession")
    }

    @Test("a code finds its own service with score 1")
    func byCode() throws {
        let matches = try RealTaxonomy.load().lookup("  Finance.Bookkeeping ")
        #expect(matches.map(\.service.code) == ["finance.bookkeeping"])
        #expect(matches.first?.score == 1)
    }

    @Test("results are best first, at most `limit`, and words that fit nothing find nothing")
    func ordering() throws {
        let taxonomy = try RealTaxonomy.load()
        let matches = taxonomy.lookup("training", limit: 3)
        #expect(matches.count <= 3)
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(taxonomy.lookup("xylophone quasar").isEmpty)
        #expect(taxonomy.lookup("   ").isEmpty)
    }

    @Test("every service has a label and at least one synonym in en, es, ca and el")
    func fourLanguages() throws {
        for service in try RealTaxonomy.services.get() {
            for language in LanguageCode.labelLanguages.map(\.rawValue) {
                let label = service.labels.values[language]?.trimmingCharacters(in: .whitespaces) ?? ""
                #expect(!label.isEmpty, "\(service.code) has no \(language) label")
                let synonyms = (service.synonyms[language] ?? []).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                #expect(!synonyms.isEmpty, "\(service.code) has no \(language) synonym")
            }
        }
    }

    @Test("there are at least 40 services")
    func count() throws {
        #expect(try RealTaxonomy.services.get().count >= 40)
    }

    @Test("codes are unique, every parent exists, and each parent is the code without its last segment")
    func tree() throws {
        let services = try RealTaxonomy.services.get()
        let codes = services.map(\.code)
        #expect(Set(codes).count == codes.count)
        for service in services {
            #expect(service.parent == service.code.parent, "\(service.code)")
            if let parent = service.parent { #expect(codes.contains(parent), "\(service.code): no parent \(parent)") }
        }
    }

    @Test("every service keeps its own rules, and the whole taxonomy has no reference problems")
    func valid() throws {
        let services = try RealTaxonomy.services.get()
        for service in services { #expect(service.validationIssues() == [], "\(service.code)") }
        #expect(DatasetValidator().problems(in: DirectoryDataset(services: services)) == [])
    }

    @Test("children and subtrees follow the codes")
    func navigation() throws {
        let taxonomy = try RealTaxonomy.load()
        let children = taxonomy.children(of: "finance").map(\.code)
        #expect(children.contains("finance.bookkeeping"))
        #expect(children.allSatisfy { $0.parent == "finance" })
        #expect(taxonomy.subtree("finance").map(\.code) == ["finance"] + children)
        #expect(taxonomy.children(of: nil).allSatisfy { $0.parent == nil })
        #expect(taxonomy.contains("conversion.succession") && !taxonomy.contains("conversion.sucession"))
    }
}
