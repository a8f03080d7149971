import Foundation
import Testing
import TejidoModel
import TejidoStore

// Search finds organizations by words in any script, accents and case aside, and filters by
// service (a parent code covers its children), kind, area (up and down the tree), language and
// country; `total` counts every match while `limit`/`offset` page through them.

private func slugs(_ store: SQLiteStore, _ query: SearchQuery) async throws -> Set<String> {
    Set(try await store.search(query).items.map(\.slug.rawValue))
}

private let kola = "kola-nut-collaborative"
private let dawi = "democracy-at-work-institute"
private let kalo = "syneteristiki-logistiki-kalo"

@Suite("Store search")
struct SearchTests {
    @Test("a Greek query finds the Greek-named organization with or without accents, in any case", arguments: ["λογιστικη", "ΛΟΓΙΣΤΙΚΗ", "Λογιστική", "λογιστ", "καλο", "ΚΑΛΟ", "συνεταιριστικη λογιστικη"])
    func greek(_ text: String) async throws {
        let store = try await StoreFixtures.store()
        let results = try await store.search(SearchQuery(text: text))
        #expect(results.items.map(\.slug.rawValue) == [kalo])
        #expect(results.total == 1)
    }

    @Test("Latin accents, capitals and alternate names do not matter", arguments: [
        ("educacion", dawi), ("EDUCACIÓN", dawi), ("colaboracion nueces", kola), ("DAWI", dawi), ("kola nut", kola), ("Democracy Work", dawi),
    ])
    func latin(_ text: String, _ slug: String) async throws {
        let store = try await StoreFixtures.store()
        #expect(try await slugs(store, SearchQuery(text: text)) == [slug])
    }

    @Test("the labels and synonyms of offered services are searched")
    func serviceWords() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await slugs(store, SearchQuery(text: "comptabilitat")) == [kola])
        #expect(try await slugs(store, SearchQuery(text: "τηρηση βιβλιων")) == [kola])
        #expect(try await slugs(store, SearchQuery(text: "contabilidad")) == [kola, dawi])
    }

    @Test("every word must match")
    func allWords() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await store.search(SearchQuery(text: "kola democracy")).total == 0)
        #expect(try await store.search(SearchQuery(text: "xylophone")).total == 0)
    }

    @Test("a service filter matches the code and every code below it")
    func service() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await slugs(store, SearchQuery(service: "finance")) == [kola, dawi])
        #expect(try await slugs(store, SearchQuery(service: "finance.bookkeeping")) == [kola])
        #expect(try await slugs(store, SearchQuery(service: "finance.book")) == [])
        #expect(try await slugs(store, SearchQuery(service: "fin")) == [])
    }

    @Test("a kind filter matches any of the kinds")
    func kinds() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await slugs(store, SearchQuery(kinds: [.socialCoop])) == [kalo])
        #expect(try await slugs(store, SearchQuery(kinds: [.workerCoop, .socialCoop])) == [kola, kalo])
        #expect(try await slugs(store, SearchQuery(kinds: [.taProvider])) == [dawi])
        #expect(try await slugs(store, SearchQuery(kinds: [.funder])) == [])
    }

    @Test("an area filter finds organizations in areas inside it (descendants)")
    func areaDescendants() async throws {
        let store = try await StoreFixtures.store()
        // Kola is located in Chicago, inside the US; DAWI serves the US itself; Kalo has no area.
        #expect(try await slugs(store, SearchQuery(area: "us")) == [kola, dawi])
    }

    @Test("an area filter finds organizations serving an area containing it (ancestors)")
    func areaAncestors() async throws {
        let store = try await StoreFixtures.store()
        // DAWI serves the whole US, so it serves Chicago.
        #expect(try await slugs(store, SearchQuery(area: "us-il-chicago")) == [kola, dawi])
    }

    @Test("a language filter compares primary subtags")
    func language() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await slugs(store, SearchQuery(language: "el")) == [kalo])
        #expect(try await slugs(store, SearchQuery(language: "es-CL")) == [dawi])
        #expect(try await slugs(store, SearchQuery(language: "en")) == [kola, dawi])
        #expect(try await slugs(store, SearchQuery(language: "ca")) == [])
    }

    @Test("a country filter matches the listed country, in any case")
    func country() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await slugs(store, SearchQuery(country: "GR")) == [kalo])
        #expect(try await slugs(store, SearchQuery(country: "us")) == [kola, dawi])
        #expect(try await slugs(store, SearchQuery(country: "CL")) == [])
    }

    @Test("filters and words combine: all must hold")
    func combined() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await slugs(store, SearchQuery(text: "contabilidad", language: "es")) == [dawi])
        #expect(try await slugs(store, SearchQuery(service: "finance", kinds: [.workerCoop], country: "US")) == [kola])
        #expect(try await slugs(store, SearchQuery(text: "λογιστικη", country: "US")) == [])
    }

    @Test("total counts every match while limit and offset page through them, ordered by name")
    func paging() async throws {
        let store = try await StoreFixtures.store()
        let all = try await store.search(SearchQuery(limit: 10))
        #expect(all.total == 3)
        #expect(all.items.map(\.slug.rawValue) == [dawi, kola, kalo])
        let first = try await store.search(SearchQuery(limit: 2))
        #expect(first.total == 3)
        #expect(first.items.map(\.slug.rawValue) == [dawi, kola])
        let second = try await store.search(SearchQuery(limit: 2, offset: 2))
        #expect(second.total == 3)
        #expect(second.items.map(\.slug.rawValue) == [kalo])
        let beyond = try await store.search(SearchQuery(limit: 2, offset: 3))
        #expect(beyond.total == 3)
        #expect(beyond.items.isEmpty)
        let filtered = try await store.search(SearchQuery(country: "US", limit: 1, offset: 1))
        #expect(filtered.total == 2)
        #expect(filtered.items.map(\.slug.rawValue) == [kola])
    }

    @Test("a hit carries the organization's summary: kinds and services sorted, country and locality, a score only with words")
    func hit() async throws {
        let store = try await StoreFixtures.store()
        let hit = try #require(try await store.search(SearchQuery(text: "democracy")).items.first)
        #expect(hit.id == StoreFixtures.dawi)
        #expect(hit.name == "Democracy at Work Institute")
        #expect(hit.kinds == [.coopDeveloper, .taProvider])
        #expect(hit.services == ["finance"])
        #expect(hit.country == "US")
        #expect(hit.locality == "Oakland")
        #expect(hit.score > 0)
        #expect(try await store.search(SearchQuery(country: "US")).items.allSatisfy { $0.score == 0 })
    }

    @Test("a changed service label reaches the search text of organizations offering it")
    func serviceChange() async throws {
        let store = try await StoreFixtures.store()
        var bookkeeping = StoreFixtures.bookkeeping
        bookkeeping.synonyms["es"] = ["contabilidad", "teneduría de libros"]
        _ = try await store.write([.upsert(.service(bookkeeping))])
        #expect(try await slugs(store, SearchQuery(text: "teneduria")) == [kola])
    }

    @Test("a renamed organization is found by its new name only")
    func rename() async throws {
        let store = try await StoreFixtures.store()
        var renamed = StoreFixtures.kaloOrganization
        renamed.name = "Καλή Αρχή"
        _ = try await store.write([.upsert(.organization(renamed))])
        #expect(try await slugs(store, SearchQuery(text: "αρχη")) == [kalo])
        #expect(try await slugs(store, SearchQuery(text: "λογιστικη")) == [])
    }

    @Test("an offering moved to another organization is searched under its new organization only")
    func movedOffering() async throws {
        let store = try await StoreFixtures.store()
        var moved = StoreFixtures.kolaOffering
        moved.organization = StoreFixtures.kalo
        _ = try await store.write([.upsert(.offering(moved))])
        #expect(try await slugs(store, SearchQuery(service: "finance.bookkeeping")) == [kalo])
        #expect(try await slugs(store, SearchQuery(text: "comptabilitat")) == [kalo])
    }
}
