import Foundation
import Testing
import TejidoDirectory
import TejidoModel
import TejidoStore

@Suite("Directory versions and the overlay")
struct OverlayTests {
    static func newOrganization(_ slug: String, name: String) -> Organization {
        Organization(
            id: OrganizationID(NameBasedUUID.make("test:" + slug)), slug: Slug(slug), name: name, kinds: [.workerCoop],
            locations: [Location(locality: "Chicago", country: "US", area: "us-il-chicago-englewood")], serviceAreas: ["us-il-chicago-englewood"],
            languages: ["es", "en"], sources: [Source(document: "test")])
    }

    /// Writes through the store and follows its change log, as a running service does.
    static func follow(_ store: SQLiteStore, from directory: Directory, _ mutations: [Mutation]) async throws -> Directory {
        _ = try await store.write(mutations)
        return directory.applying(try await store.changes(after: directory.sequence, limit: 10_000))
    }

    @Test("a write is visible in the next version, and a reader holding the old version sees the old one")
    func writeVisibleInNextVersionOnly() async throws {
        let (store, before) = try await SeedDirectory.directory()
        let coop = Self.newOrganization("cooperativa-panaderia-englewood", name: "Cooperativa Panadería Englewood")
        let offering = Offering(id: OfferingID(NameBasedUUID.make("test:offering")), organization: coop.id, service: "finance.bookkeeping", coopFluent: true)
        let after = try await Self.follow(store, from: before, [.upsert(.organization(coop)), .upsert(.offering(offering))])

        #expect(after.sequence > before.sequence)
        #expect(after.entry("cooperativa-panaderia-englewood")?.offerings == [offering])
        #expect(after.search(SearchQuery(text: "panaderia")).items.map(\.id) == [coop.id])
        #expect(after.search(SearchQuery(text: "contabilidad")).items.map(\.id).contains(coop.id))
        #expect(after.count == before.count + 1)

        #expect(before.entry("cooperativa-panaderia-englewood") == nil)
        #expect(before.search(SearchQuery(text: "panaderia")).total == 0)
    }

    @Test("an update replaces the organization in search and lookups, without a rebuild")
    func updateReplaces() async throws {
        let (store, start) = try await SeedDirectory.directory()
        var dock = try #require(start.entry("dock-athens")).organization
        dock.name = "Dock Συνεργατικός Χώρος"
        let next = try await Self.follow(store, from: start, [.upsert(.organization(dock))])
        #expect(next.overlayCount == 1)
        #expect(next.entry(dock.id)?.organization.name == "Dock Συνεργατικός Χώρος")
        #expect(next.search(SearchQuery(text: "συνεργατικος χωρος")).items.map(\.id).contains(dock.id))
        #expect(start.entry(dock.id)?.organization.name == "Dock")
    }

    @Test("a new relationship appears at both ends, and deleting an organization removes its edges")
    func relationshipsAndDeletes() async throws {
        let (store, start) = try await SeedDirectory.directory()
        let coop = Self.newOrganization("test-coop-a", name: "Test Coop A")
        let kolaNut = try #require(start.entry("kola-nut-collaborative")).organization
        let edge = Relationship(id: RelationshipID(NameBasedUUID.make("test:edge")), kind: .collaboratedWith, from: coop.id, to: kolaNut.id)
        let linked = try await Self.follow(store, from: start, [.upsert(.organization(coop)), .upsert(.relationship(edge))])
        #expect(linked.entry(kolaNut.id)?.relationships.contains(edge) == true)
        #expect(linked.entry(coop.id)?.relationships == [edge])

        let removed = try await Self.follow(store, from: linked, [.delete(.organization, id: coop.id.description)])
        #expect(removed.entry(coop.id) == nil)
        #expect(removed.entry(kolaNut.id)?.relationships.contains(edge) == false)
        #expect(removed.count == start.count)
        let compacted = removed.compacted()
        #expect(compacted.overlayCount == 0)
        #expect(compacted.entry(kolaNut.id) == removed.entry(kolaNut.id))
    }

    @Test("folding the overlay into a new base answers exactly as before")
    func compactionPreservesAnswers() async throws {
        let (store, start) = try await SeedDirectory.directory()
        let coop = Self.newOrganization("test-coop-b", name: "Cooperativa de Prueba")
        let next = try await Self.follow(store, from: start, [.upsert(.organization(coop))])
        let compacted = next.compacted()
        for query in [SearchQuery(text: "cooperativa", limit: 200), SearchQuery(area: "us-il-chicago", limit: 200), SearchQuery(language: "es", limit: 200)] {
            #expect(Set(compacted.search(query).items.map(\.id)) == Set(next.search(query).items.map(\.id)))
            #expect(compacted.search(query).total == next.search(query).total)
        }
        #expect(compacted.sequence == next.sequence)
        // The rebuilt directory from the store agrees too.
        let rebuilt = Directory(try await store.dataset())
        #expect(rebuilt.count == compacted.count)
    }
}
