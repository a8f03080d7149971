import Foundation
import Testing
import TejidoInterchange
import TejidoModel
import TejidoStore

// Writes are idempotent, logged once per change, all-or-nothing when a record is invalid, and
// deletes take what hangs off an organization with them.

/// One invalid record slipped into an otherwise valid write.
struct InvalidWrite: Sendable, CustomTestStringConvertible {
    let name: String
    /// The field the store must name.
    let field: String
    let mutations: [Mutation]
    var testDescription: String { name }

    static let newOrganization = Organization(
        id: OrganizationID(NameBasedUUID.make("tejido:organization:justice-cream")), slug: "justice-cream", name: "Justice Cream",
        kinds: [.workerCoop], locations: [Location(country: "US", area: "us-il-chicago")], sources: [StoreFixtures.source])

    static let all: [InvalidWrite] = [
        InvalidWrite(
            name: "unknown service code", field: "service",
            mutations: [
                .upsert(.organization(newOrganization)),
                .upsert(.offering(Offering(id: OfferingID(NameBasedUUID.make("x:1")), organization: newOrganization.id, service: "finance.bookeeping"))),
            ]),
        InvalidWrite(
            name: "dangling organization reference", field: "organization",
            mutations: [
                .upsert(.organization(newOrganization)),
                .upsert(.need(Need(id: NeedID(NameBasedUUID.make("x:2")), organization: OrganizationID(NameBasedUUID.make("tejido:organization:nobody")), service: "finance"))),
            ]),
        InvalidWrite(
            name: "duplicate slug", field: "slug",
            mutations: [
                .upsert(.offering(Offering(id: OfferingID(NameBasedUUID.make("x:3")), organization: StoreFixtures.kola, service: "finance"))),
                .upsert(.organization(Organization(id: newOrganization.id, slug: "kola-nut-collaborative", name: "Another Kola", kinds: [.other], sources: [StoreFixtures.source]))),
            ]),
        InvalidWrite(
            name: "record breaking its own rules", field: "locations[0].country",
            mutations: [
                .upsert(.organization(newOrganization)),
                .upsert(.organization(Organization(id: OrganizationID(NameBasedUUID.make("x:4")), slug: "bad-country", name: "Bad", kinds: [.other], locations: [Location(country: "usa")], sources: [StoreFixtures.source]))),
            ]),
        InvalidWrite(
            name: "unknown area", field: "service_areas[0]",
            mutations: [
                .upsert(.organization(Organization(id: newOrganization.id, slug: "justice-cream", name: "Justice Cream", kinds: [.workerCoop], serviceAreas: ["us-wi-racine"], sources: [StoreFixtures.source]))),
            ]),
    ]
}

@Suite("Store writes")
struct WriteTests {
    @Test("a second identical write is a no-op and logs nothing")
    func idempotent() async throws {
        let store = try SQLiteStore.inMemory()
        let first = try await store.write(StoreFixtures.mutations)
        #expect(!first.isNoOp)
        let second = try await store.write(StoreFixtures.mutations)
        #expect(second.isNoOp)
        #expect(second.changedCount == 0)
        #expect(second.unchanged.values.reduce(0, +) == StoreFixtures.dataset.entities.count)
        #expect(second.lastSequence == first.lastSequence)
        #expect(try await store.changes(after: first.lastSequence, limit: 100).isEmpty)
    }

    @Test("an update is counted as updated, logs exactly one change with the new record, and is read back")
    func update() async throws {
        let store = try await StoreFixtures.store()
        let before = try await store.changes(after: 0, limit: 1_000).last?.seq ?? 0
        var renamed = StoreFixtures.kolaOrganization
        renamed.name = "Kola Nut Collaborative Co-op"
        renamed.languages = ["en", "es"]
        let summary = try await store.write([.upsert(.organization(renamed)), .upsert(.offering(StoreFixtures.kolaOffering))])
        #expect(summary.updated == [.organization: 1])
        #expect(summary.inserted.isEmpty && summary.deleted.isEmpty)
        #expect(summary.unchanged == [.offering: 1])
        let changes = try await store.changes(after: before, limit: 100)
        #expect(changes.count == 1)
        #expect(changes.first?.operation == .upsert)
        #expect(changes.first?.kind == .organization)
        #expect(changes.first?.id == StoreFixtures.kola.description)
        #expect(changes.first?.entity == .organization(renamed))
        #expect(summary.lastSequence == changes.first?.seq)
        var expected = StoreFixtures.dataset
        expected.organizations[0] = renamed
        #expect(try await store.dataset().normalized == expected.normalized)
    }

    @Test("the change log pages by sequence")
    func paging() async throws {
        let store = try await StoreFixtures.store()
        let all = try await store.changes(after: 0, limit: 1_000)
        let firstPage = try await store.changes(after: 0, limit: 4)
        let rest = try await store.changes(after: firstPage.last?.seq ?? 0, limit: 1_000)
        #expect(firstPage.count == 4)
        #expect(firstPage + rest == all)
    }

    @Test("a write with one invalid record throws StoreError.invalid and leaves the store exactly as before", arguments: InvalidWrite.all)
    func invalid(_ write: InvalidWrite) async throws {
        let store = try await StoreFixtures.store()
        let before = try await store.dataset()
        let lastSequence = try await store.changes(after: 0, limit: 1_000).last?.seq ?? 0
        do {
            _ = try await store.write(write.mutations)
            Issue.record("the write was accepted")
        } catch StoreError.invalid(let problems) {
            #expect(problems.map(\.issue.field).contains(write.field), "\(problems)")
        } catch {
            Issue.record("expected StoreError.invalid, got \(error)")
        }
        #expect(try await store.dataset() == before)
        #expect(try await store.changes(after: lastSequence, limit: 100).isEmpty)
        #expect(try await store.slugs().count == 3)
    }

    @Test("an invalid write describes its problem in words")
    func invalidDescription() async throws {
        let store = try await StoreFixtures.store()
        let error = await #expect(throws: StoreError.self) { try await store.write(InvalidWrite.all[0].mutations) }
        #expect(error?.description.contains("finance.bookeeping") == true)
        #expect(error?.description.contains("did you mean 'finance.bookkeeping'") == true)
    }

    @Test("a new record may refer to records already stored")
    func refersToStored() async throws {
        let store = try await StoreFixtures.store()
        let offering = Offering(id: OfferingID(NameBasedUUID.make("x:5")), organization: StoreFixtures.kalo, service: "finance.bookkeeping", areas: ["us"])
        let summary = try await store.write([.upsert(.offering(offering))])
        #expect(summary.inserted == [.offering: 1])
    }

    @Test("deleting an organization removes its offerings, needs, relationships and reports, and logs the delete")
    func deleteCascades() async throws {
        let store = try await StoreFixtures.store()
        let lastSequence = try await store.changes(after: 0, limit: 1_000).last?.seq ?? 0
        let before = try await store.dataset()
        let summary = try await store.write([.delete(.organization, id: StoreFixtures.kola.description)])
        let removedOfferings = before.offerings.filter { $0.organization == StoreFixtures.kola }
        #expect(summary.deleted[.organization] == 1)
        #expect(summary.deleted[.offering] == removedOfferings.count)
        #expect(summary.deleted[.relationship] == 1)
        #expect(summary.deleted[.activityReport] == 1)
        let after = try await store.dataset()
        #expect(!after.organizations.contains { $0.id == StoreFixtures.kola })
        #expect(!after.offerings.contains { $0.organization == StoreFixtures.kola })
        #expect(!after.relationships.contains { $0.from == StoreFixtures.kola || $0.to == StoreFixtures.kola })
        #expect(!after.activityReports.contains { $0.reportingOrganization == StoreFixtures.kola })
        var expected = StoreFixtures.dataset
        expected.organizations.removeAll { $0.id == StoreFixtures.kola }
        expected.offerings.removeAll { $0.organization == StoreFixtures.kola }
        expected.relationships = []
        expected.activityReports = []
        #expect(after.normalized == expected.normalized)
        let changes = try await store.changes(after: lastSequence, limit: 100)
        #expect(changes.contains { $0.operation == .delete && $0.kind == .organization && $0.id == StoreFixtures.kola.description && $0.entity == nil })
        for offering in removedOfferings {
            #expect(changes.contains { $0.operation == .delete && $0.kind == .offering && $0.id == offering.id.description }, "each cascaded delete is logged")
        }
        #expect(summary.lastSequence == changes.last?.seq)
        #expect(try await store.profile("kola-nut-collaborative") == nil)
        #expect(try await store.search(SearchQuery(text: "kola")).total == 0)
        #expect(try await store.search(SearchQuery()).total == 2)
    }

    @Test("deleting a record that does not exist changes and logs nothing")
    func deleteMissing() async throws {
        let store = try await StoreFixtures.store()
        let lastSequence = try await store.changes(after: 0, limit: 1_000).last?.seq ?? 0
        let summary = try await store.write([.delete(.offering, id: OfferingID(NameBasedUUID.make("nothing")).description)])
        #expect(summary.isNoOp)
        #expect(try await store.changes(after: lastSequence, limit: 100).isEmpty)
    }

    @Test("deleting one offering logs one delete and leaves the rest")
    func deleteOffering() async throws {
        let store = try await StoreFixtures.store()
        let summary = try await store.write([.delete(.offering, id: StoreFixtures.kolaOffering.id.description)])
        #expect(summary.deleted == [.offering: 1])
        var expected = StoreFixtures.dataset
        expected.offerings.removeAll { $0.id == StoreFixtures.kolaOffering.id }
        #expect(try await store.dataset().normalized == expected.normalized)
        #expect(try await store.search(SearchQuery(service: "finance.bookkeeping")).total == 0)
    }

    @Test("deleting an organization a referral names is refused and leaves the store unchanged")
    func deleteReferred() async throws {
        let store = try await StoreFixtures.store()
        let before = try await store.dataset()
        do {
            _ = try await store.write([.delete(.organization, id: StoreFixtures.kalo.description)])
            Issue.record("the delete was accepted")
        } catch let error as StoreError {
            guard case .invalid(let problems) = error else { Issue.record("expected .invalid, got \(error)"); return }
            #expect(problems.first?.issue.message.contains("referral") == true, "the message says why: \(error)")
        }
        #expect(try await store.dataset() == before)
    }
}

// The real seed, loaded by `SeedLoader` and written to a store. (These live here rather than in
// TejidoInterchangeTests, which does not depend on TejidoStore.)

enum RealSeed {
    static let directory = StoreFixtures.repository.appendingPathComponent("seed", isDirectory: true)

    /// A copy of the seed in a fresh temporary folder; the caller removes it.
    static func copy() throws -> URL {
        let folder = try StoreFixtures.temporaryFolder()
        let target = folder.appendingPathComponent("seed", isDirectory: true)
        try FileManager.default.copyItem(at: directory, to: target)
        return target
    }
}

@Suite("Seeding a store")
struct SeedingTests {
    @Test("seeding the real seed twice: the second summary is a no-op")
    func seedTwice() async throws {
        let dataset = try SeedLoader(directory: RealSeed.directory).load()
        let store = try SQLiteStore.inMemory()
        let first = try await store.write(dataset.entities.map(Mutation.upsert))
        #expect(first.inserted[.organization] == dataset.organizations.count)
        let second = try await store.write(dataset.entities.map(Mutation.upsert))
        #expect(second.isNoOp)
        #expect(second.lastSequence == first.lastSequence)
        #expect(try await store.dataset().normalized == dataset.normalized)
    }

    @Test("a bad seed after a good one leaves the store unchanged: the loader throws before anything is written")
    func badSeedAfterGood() async throws {
        let store = try SQLiteStore.inMemory()
        _ = try await store.write(SeedLoader(directory: RealSeed.directory).load().entities.map(Mutation.upsert))
        let before = try await store.dataset()
        let lastSequence = try await store.changes(after: 0, limit: 100_000).last?.seq ?? 0

        let copy = try RealSeed.copy()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let file = copy.appendingPathComponent("organizations/us-chicago.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var organizations = try #require(object["organizations"] as? [[String: Any]])
        organizations[0]["name"] = "Renamed, so the write would not be a no-op"
        organizations[1]["kinds"] = ["not_a_kind"]
        object["organizations"] = organizations
        try JSONSerialization.data(withJSONObject: object).write(to: file)

        do {
            let dataset = try SeedLoader(directory: copy).load()
            _ = try await store.write(dataset.entities.map(Mutation.upsert))
            Issue.record("the bad seed was loaded")
        } catch let error as SeedError {
            #expect(error.problems.contains { $0.file == "organizations/us-chicago.json" })
        }
        #expect(try await store.dataset() == before)
        #expect(try await store.changes(after: lastSequence, limit: 100).isEmpty)
    }
}
