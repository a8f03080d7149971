import Foundation
import Testing
@testable import TejidoDirectory
import TejidoInterchange
import TejidoMatching
import TejidoModel
import TejidoStore

/// A directory built from the store's narrow columns (`SQLiteStore.directory()`) against one
/// built from every full record (`Directory(store.dataset())`): the matcher's columns, the
/// entries readers see, and the answers must be the same.
@Suite("TejidoMatching: a directory built from the store's columns")
struct ColumnarLoadTests {
    /// A store in a fresh temporary file (snapshots need a database file); the caller removes the folder.
    static func fileStore() throws -> (store: SQLiteStore, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-columnar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (try SQLiteStore(path: folder.appendingPathComponent("tejido.sqlite").path), folder)
    }

    /// Each stored property, as text (floats' NaN included), for comparing columns field by field.
    static func fields(_ value: Any) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Mirror(reflecting: value).children.map { ($0.label ?? "", String(describing: $0.value)) })
    }

    /// (client, need) pairs from the open needs, in need id order, at most `limit`.
    static func queries(_ dataset: DirectoryDataset, limit: Int) -> [(client: String, need: ServiceCode)] {
        let open = dataset.needs.filter { $0.status == .open }.sorted { $0.id < $1.id }
        let step = max(1, open.count / limit)
        return stride(from: 0, to: open.count, by: step).map { (open[$0].organization.description, open[$0].service) }
    }

    /// Both directories hold the same columns, ids, countries, tables and entries, and answer alike.
    static func expectSame(_ columnar: Directory, _ full: Directory, queries: [(client: String, need: ServiceCode)]) throws {
        #expect(columnar.count == full.count)
        #expect(columnar.base.ids == full.base.ids)
        #expect(columnar.base.countries == full.base.countries && columnar.base.countryCodes == full.base.countryCodes)
        #expect(columnar.tables.languages == full.tables.languages && columnar.tables.populations == full.tables.populations)
        #expect(columnar.tables.sectors == full.tables.sectors)
        let columns = fields(columnar.baseColumns), expected = fields(full.baseColumns)
        for (name, value) in expected { #expect(columns[name] == value, "MatchColumns.\(name) differs") }
        #expect(fields(columnar.overlayView.columns) == fields(full.overlayView.columns))
        for node in stride(from: 0, to: UInt32(full.nodeCount), by: 7) { #expect(columnar.entry(node: node) == full.entry(node: node)) }
        // Summaries, read apart from entries and in the other order, agree with them.
        for node in stride(from: UInt32(full.nodeCount), to: 0, by: -5).map({ $0 - 1 }) {
            #expect(columnar.summary(node: node) == full.entry(node: node)?.summary)
            #expect(columnar.name(node: node) == full.entry(node: node)?.organization.name)
            #expect(columnar.label(node: node)?.slug == full.entry(node: node)?.organization.slug)
        }
        #expect(columnar.slugs == full.slugs)

        let matcher = Matcher(columnar), reference = Matcher(full)
        for query in queries {
            #expect(try matcher.referrals(ReferralQuery(client: query.client, need: query.need)) == reference.referrals(ReferralQuery(client: query.client, need: query.need)))
            #expect(try matcher.partners(PartnerQuery(organization: query.client)) == reference.partners(PartnerQuery(organization: query.client)))
        }
    }

    /// Imports a generated directory the way `tejido import` does.
    static func importGenerated(organizations: Int, seed: UInt64, into store: SQLiteStore) async throws {
        let taxonomy = Taxonomy(try SeedLoader(directory: SeedMatchTests.seedURL).load().services)
        let outcome = try await store.bulkWrite(mode: .allOrNothing) { sink in
            var line = 0
            try DirectoryGenerator(organizations: organizations, seed: seed, taxonomy: taxonomy).generate { record in
                line += 1
                try sink.write(record.entities, line: line)
            }
        }
        #expect(outcome.problems.isEmpty)
    }

    @Test("an empty store gives an empty directory at position 0")
    func empty() async throws {
        let (store, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = try await store.directory()
        #expect(directory.count == 0 && directory.sequence == 0 && directory.slugs.isEmpty)
        #expect(directory.entry("anything") == nil)
    }

    @Test("on the seed directory, written record by record, the columns, entries and answers equal the full dataset's")
    func seed() async throws {
        let (store, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try await store.write(try SeedLoader(directory: SeedMatchTests.seedURL).load().entities.map(Mutation.upsert))
        let dataset = try await store.dataset()
        let columnar = try await store.directory()
        #expect(columnar.sequence == summary.lastSequence)
        try Self.expectSame(columnar, Directory(dataset, sequence: summary.lastSequence), queries: Self.queries(dataset, limit: 40))
        #expect(columnar.entry(SeedMatchTests.client) == Directory(dataset).entry(SeedMatchTests.client))
    }

    @Test("on a generated directory of 3,000 organizations, bulk imported, the columns, entries and answers equal the full dataset's")
    func generated() async throws {
        let (store, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.importGenerated(organizations: 3_000, seed: 5, into: store)
        let dataset = try await store.dataset()
        try Self.expectSame(try await store.directory(), Directory(dataset), queries: Self.queries(dataset, limit: 60))
    }

    @Test("changes written after the columns were read apply to both directories alike: cold records stay as of the snapshot")
    func changesAfterRead() async throws {
        let (store, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try await store.write(try SeedLoader(directory: SeedMatchTests.seedURL).load().entities.map(Mutation.upsert))
        let columnar = try await store.directory()
        let full = Directory(try await store.dataset(), sequence: seed.lastSequence)

        let fellowship = try #require(full.entry("chicago-worker-cooperative-developer-fellowship")).organization.id
        _ = try await store.write(SeedMatchTests.testProviders(fellowship: fellowship))
        let deleted = try #require(full.entry("ciescoop")).organization.id
        let client = try #require(full.entry(SeedMatchTests.client)).organization.id
        let referrals = [(1, Referral.Status.completed), (2, .sent), (3, .declined)].map { number, status in
            var referral = MatchFixture.referral(number, provider: "test-libros-chicago", client: "", service: "finance.bookkeeping", status: status, result: status == .completed ? .met : nil)
            referral.client = client
            referral.referrer = client
            return Mutation.upsert(.referral(referral))
        }
        // And one to an organization of the base, whose counts the cold records must not already hold.
        var toBase = MatchFixture.referral(4, provider: "", client: "", service: "finance.bookkeeping", status: .completed, result: .met)
        toBase.provider = fellowship
        toBase.client = client
        toBase.referrer = client
        _ = try await store.write(referrals + [.upsert(.referral(toBase)), .delete(.organization, id: deleted.description)])
        let changes = try await store.changes(after: seed.lastSequence, limit: 1000)
        let dataset = try await store.dataset()
        try Self.expectSame(columnar.applying(changes), full.applying(changes), queries: Self.queries(dataset, limit: 40))
        // Compaction reads every cold record, as of the snapshot, and folds the overlay in.
        try Self.expectSame(columnar.applying(changes).compacted(), full.applying(changes).compacted(), queries: Self.queries(dataset, limit: 40))
        for words in ["cooperativa", "bookkeeping", "chicago worker"] {
            let query = SearchQuery(text: words)
            #expect(columnar.applying(changes).search(query) == full.applying(changes).search(query))
        }
        // A fresh read sees the written rows' facts as the full records do.
        try Self.expectSame(try await store.directory(), Directory(dataset), queries: Self.queries(dataset, limit: 40))
    }
}
