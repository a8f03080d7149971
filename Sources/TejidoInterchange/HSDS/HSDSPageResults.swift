import Foundation

/// The outcome of each organization page, filled in by the threads that write pages in parallel.
final class HSDSPageResults: @unchecked Sendable {
    /// What one page file holds.
    struct Page: Sendable {
        var name: String
        var bytes: Int
        var services: Int
        var locations: Int
    }

    private let lock = NSLock()
    private var results: [Result<Page, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Page, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    /// Every page's outcome, in page order.
    func all() -> [Result<Page, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0 ?? .failure(CocoaError(.fileWriteUnknown)) }
    }
}
