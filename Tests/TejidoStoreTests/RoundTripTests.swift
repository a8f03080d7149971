import Foundation
import Testing
import TejidoModel
import TejidoStore

// What is written to the store comes back exactly: every kind of record, every field.

@Suite("Store round trip")
struct RoundTripTests {
    @Test("the fixture written to an in-memory store comes back equal after normalizing")
    func wholeDataset() async throws {
        let store = try await StoreFixtures.store()
        #expect(try await store.dataset().normalized == StoreFixtures.dataset.normalized)
    }

    @Test("each kind of record comes back equal", arguments: EntityKind.allCases)
    func eachKind(_ kind: EntityKind) async throws {
        let stored = try await StoreFixtures.store().dataset().normalized
        let expected = StoreFixtures.dataset.normalized
        switch kind {
        case .service: #expect(stored.services == expected.services)
        case .area: #expect(stored.areas == expected.areas)
        case .organization: #expect(stored.organizations == expected.organizations)
        case .offering: #expect(stored.offerings == expected.offerings)
        case .need: #expect(stored.needs == expected.needs)
        case .relationship: #expect(stored.relationships == expected.relationships)
        case .referral: #expect(stored.referrals == expected.referrals)
        case .activityReport: #expect(stored.activityReports == expected.activityReports)
        }
        #expect(stored.entities.filter { $0.kind == kind }.count == StoreFixtures.dataset.entities.filter { $0.kind == kind }.count)
    }

    @Test("private fields (contacts, submitter, referral notes) are stored, not dropped")
    func privateFields() async throws {
        let stored = try await StoreFixtures.store().dataset()
        #expect(stored.organizations.first { $0.id == StoreFixtures.kola }?.contacts == [Contact(name: "Private Person")])
        #expect(stored.activityReports.first?.submittedBy == "Private Person")
        #expect(stored.activityReports.first?.counts["individual_consulting_sessions"] == 4)
    }

    @Test("records written one kind per write, in write order, come back equal")
    func kindByKind() async throws {
        let store = try SQLiteStore.inMemory()
        for kind in EntityKind.allCases.sorted() {
            let batch = StoreFixtures.dataset.entities.filter { $0.kind == kind }.map(Mutation.upsert)
            let summary = try await store.write(batch)
            #expect(summary.inserted == [kind: batch.count])
        }
        #expect(try await store.dataset().normalized == StoreFixtures.dataset.normalized)
    }

    @Test("records given in any order in one write are stored (references are ordered by the store)")
    func anyOrder() async throws {
        let store = try SQLiteStore.inMemory()
        let summary = try await store.write(StoreFixtures.mutations.reversed())
        #expect(summary.changedCount == StoreFixtures.dataset.entities.count)
        #expect(try await store.dataset().normalized == StoreFixtures.dataset.normalized)
    }

    @Test("the first write inserts every record and logs each once, with its record")
    func firstWriteLog() async throws {
        let store = try SQLiteStore.inMemory()
        let summary = try await store.write(StoreFixtures.mutations)
        let expectedCounts = Dictionary(grouping: StoreFixtures.dataset.entities, by: \.kind).mapValues(\.count)
        #expect(summary.inserted == expectedCounts)
        #expect(summary.updated.isEmpty && summary.deleted.isEmpty && summary.unchanged.isEmpty)
        let changes = try await store.changes(after: 0, limit: 1_000)
        #expect(changes.count == StoreFixtures.dataset.entities.count)
        #expect(summary.lastSequence == changes.last?.seq)
        #expect(changes.map(\.seq) == Array(1...Int64(changes.count)))
        #expect(changes.allSatisfy { $0.operation == .upsert })
        #expect(Set(changes.compactMap(\.entity)) == Set(StoreFixtures.dataset.entities))
        #expect(changes.map(\.kind) == changes.map(\.kind).sorted(), "logged in write order")
    }

    @Test("the profile of an organization gathers its offerings, links and reports")
    func profile() async throws {
        let store = try await StoreFixtures.store()
        let profile = try #require(try await store.profile("kola-nut-collaborative"))
        #expect(profile.organization == StoreFixtures.kolaOrganization)
        #expect(profile.offerings == [StoreFixtures.kolaOffering])
        #expect(profile.activityReports == [StoreFixtures.report])
        #expect(profile.links.map(\.otherSlug) == ["democracy-at-work-institute"])
        #expect(profile.links.first?.outgoing == false)
        let byID = try await store.profile(StoreFixtures.kalo.description.uppercased())
        #expect(byID?.organization.slug == "syneteristiki-logistiki-kalo")
        #expect(byID?.needs == [StoreFixtures.kaloNeed])
        #expect(try await store.profile("no-such-organization") == nil)
    }

    @Test("stats, slugs, taxonomy and areas reflect what was written")
    func readers() async throws {
        let store = try await StoreFixtures.store()
        let stats = try await store.stats()
        #expect(stats == DirectoryStats(organizations: 3, byCountry: ["US": 2, "GR": 1], offerings: 2, needs: 1, relationships: 1, services: 2, areas: 2, activityReports: 1))
        #expect(try await store.slugs() == ["democracy-at-work-institute", "kola-nut-collaborative", "syneteristiki-logistiki-kalo"])
        #expect(try await store.taxonomy().services == [StoreFixtures.finance, StoreFixtures.bookkeeping])
        #expect(try await store.areaTree().descendants(of: "us") == ["us", "us-il-chicago"])
    }
}
