import Foundation
import TejidoModel

/// The snapshot's text index, built on first use. Matching never reads it, and it costs more to
/// build than every matching column together, so a directory built for matching does not pay for
/// it; the first search does, once, under a lock.
final class LazyTextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: TextIndex?
    private let cold: any ColdEntries
    private let taxonomy: Taxonomy

    init(cold: any ColdEntries, taxonomy: Taxonomy) {
        self.cold = cold
        self.taxonomy = taxonomy
    }

    /// The index, built the first time it is asked for.
    var index: TextIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = TextIndex(cold.allEntries().map { SearchText(organization: $0.organization, offerings: $0.offerings, taxonomy: taxonomy) })
        built = index
        return index
    }
}
