import Foundation
import TejidoDirectory
import TejidoInterchange
import TejidoModel
import TejidoStore

/// The real seed, loaded once into an in-memory store, for directory tests.
enum SeedDirectory {
    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seed")

    /// A fresh store holding the seed.
    static func store() async throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        _ = try await store.write(try SeedLoader(directory: seedURL).load().entities.map(Mutation.upsert))
        return store
    }

    /// A fresh store holding the seed, and a directory built from it.
    static func directory() async throws -> (SQLiteStore, Directory) {
        let store = try await store()
        let sequence = try await store.changes(after: 0, limit: 1_000_000).last?.seq ?? 0
        return (store, Directory(try await store.dataset(), sequence: sequence))
    }
}
