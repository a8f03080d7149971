import Foundation
import Testing
import TejidoInterchange
import GRDB
import TejidoModel
@testable import TejidoStore

/// Gathers the records a store hands out, in order.
private final class Gathered: @unchecked Sendable {
    var groups: [[Entity]] = []
}

@Suite("Every stored record, one at a time, in export order")
struct StoredRecordsTests {
    private func records(of store: SQLiteStore) async throws -> [[Entity]] {
        let gathered = Gathered()
        try await store.forEachRecord { gathered.groups.append($0) }
        return gathered.groups
    }

    @Test("the real seed comes out as the export of its whole dataset would write it")
    func seed() async throws {
        let store = try SQLiteStore.inMemory()
        _ = try await store.write(SeedLoader(directory: RealSeed.directory).load().entities.map(Mutation.upsert))
        let expected = JSONLinesRecord.records(of: try await store.dataset()).map(\.entities)
        let streamed = try await records(of: store)
        #expect(streamed == expected)
        #expect(streamed.contains { $0.count > 2 }, "some organization has offerings or needs")
    }

    @Test("the fixture, with a referral and an activity report, too; an organization's offerings come before its needs")
    func fixture() async throws {
        let store = try await StoreFixtures.store()
        let streamed = try await records(of: store)
        #expect(streamed == JSONLinesRecord.records(of: try await store.dataset()).map(\.entities))
        #expect(streamed.map { $0.first!.kind } == [
            .service, .service, .area, .area, .organization, .organization, .organization, .relationship, .referral, .activityReport,
        ])
        for group in streamed where group.count > 1 {
            let kinds = group.dropFirst().map(\.kind)
            #expect(kinds == kinds.sorted { $0 == .offering && $1 == .need })
        }
    }

    @Test("a generated directory read in small batches, decoded on several threads, comes out whole and in order",
          arguments: [1, 97, 2_048])
    func batches(_ batchSize: Int) async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try BulkImportTests.generatedFile(organizations: 400, seed: 8)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let path = folder.appendingPathComponent("tejido.sqlite").path
        let store = try SQLiteStore(path: path)
        #expect(try await BulkImportTests.importFile(file, into: store, mode: .allOrNothing).committed)
        let expected = JSONLinesRecord.records(of: try await store.dataset()).map(\.entities)
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let streamed = try await queue.read { db in
            var groups: [[Entity]] = []
            try StoredRecords.forEach(in: db, batchSize: batchSize) { groups.append($0) }
            return groups
        }
        #expect(streamed.count == expected.count)
        #expect(streamed == expected)
    }

    @Test("decoding a batch on one thread or on four gives the same records; a bad payload is an error either way")
    func decodedShares() throws {
        let payloads: [StoredRecords.Payloads] = try StoreFixtures.dataset.entities.map { [($0.kind, try $0.payload())] }
        let many = Array(repeating: payloads, count: 40).flatMap { $0 }
        #expect(try StoredRecords.decoded(many, cores: 4) == StoredRecords.decoded(many, cores: 1))
        #expect(try StoredRecords.decoded(many, cores: 4).count == many.count)
        var broken = many
        broken[many.count - 1] = [(.organization, "{")]
        #expect(throws: (any Error).self) { try StoredRecords.decoded(broken, cores: 4) }
    }

    @Test("an empty store hands out nothing")
    func empty() async throws {
        #expect(try await records(of: SQLiteStore.inMemory()).isEmpty)
    }
}
