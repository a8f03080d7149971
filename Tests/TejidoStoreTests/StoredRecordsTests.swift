import Foundation
import Testing
import TejidoInterchange
import TejidoModel
import TejidoStore

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

    @Test("an empty store hands out nothing")
    func empty() async throws {
        #expect(try await records(of: SQLiteStore.inMemory()).isEmpty)
    }
}
