import Testing
import TejidoDirectory
import TejidoModel
import TejidoStore

@Suite("Directory search on the seed")
struct DirectorySearchTests {
    @Test("a Spanish query finds the Chilean inclusive co-op incubator network")
    func spanishFindsChileanIncubators() async throws {
        let (_, directory) = try await SeedDirectory.directory()
        let results = directory.search(SearchQuery(text: "incubadoras de cooperativas inclusivas"))
        #expect(results.items.first?.slug == "reficoop")
        #expect(results.items.allSatisfy { $0.country == "CL" })
    }

    @Test("a Greek query typed without accents finds every KALO support centre")
    func greekWithoutAccentsFindsKALOCentres() async throws {
        let (_, directory) = try await SeedDirectory.directory()
        let slugs = Set(directory.search(SearchQuery(text: "κεντρο στηριξης καλο", limit: 50)).items.map(\.slug.rawValue))
        for place in ["corfu", "corinthia", "magnesia", "chania", "phocis"] {
            #expect(slugs.contains("kalo-support-centre-\(place)"), "missing \(place)")
        }
        let capitals = directory.search(SearchQuery(text: "ΚΕΝΤΡΟ ΣΤΗΡΙΞΗΣ ΚΑΛΟ", limit: 50))
        #expect(Set(capitals.items.map(\.slug.rawValue)) == slugs)
    }

    @Test("an English name finds an organization the report names only in Spanish")
    func englishNameFindsSpanishOnlyOrganization() async throws {
        let (_, directory) = try await SeedDirectory.directory()
        let hit = directory.search(SearchQuery(text: "Business Affairs and Consumer Protection")).items.first
        #expect(hit?.name.contains("Business Affairs") == true)
        let kolaNut = directory.search(SearchQuery(text: "Colaboración de Nueces de Cola")).items.first
        #expect(kolaNut?.slug == "kola-nut-collaborative")
    }

    @Test("the in-memory directory and the store find the same organizations in the same order", arguments: [
        SearchQuery(text: "cooperativa", limit: 200),
        SearchQuery(text: "αλληλεγγυα", limit: 200),
        SearchQuery(text: "interim", limit: 200),
        SearchQuery(service: "incubation", limit: 200),
        SearchQuery(kinds: [.municipality], limit: 200),
        SearchQuery(area: "us-il-chicago-englewood", limit: 200),
        SearchQuery(language: "ca", limit: 200),
        SearchQuery(text: "ateneu", country: "ES", limit: 200),
        SearchQuery(text: "support", service: "ecosystem", country: "GR", limit: 200),
    ])
    func directoryAgreesWithStore(query: SearchQuery) async throws {
        let (store, directory) = try await SeedDirectory.directory()
        let fromStore = try await store.search(query)
        let fromMemory = directory.search(query)
        #expect(fromStore.total == fromMemory.total)
        #expect(fromStore.items.map(\.id) == fromMemory.items.map(\.id), "same order")
        #expect(fromStore.items.map(\.score) == fromMemory.items.map(\.score))
        #expect(fromMemory.total > 0)
    }

    @Test("limit and offset page through the results without overlap")
    func paging() async throws {
        let (_, directory) = try await SeedDirectory.directory()
        let all = directory.search(SearchQuery(country: "US", limit: 200))
        let first = directory.search(SearchQuery(country: "US", limit: 10))
        let second = directory.search(SearchQuery(country: "US", limit: 10, offset: 10))
        #expect(first.total == all.total)
        #expect(first.items + second.items == Array(all.items.prefix(20)))
    }
}
