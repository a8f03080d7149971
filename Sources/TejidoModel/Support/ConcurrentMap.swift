import Foundation

/// Work split across cores whose results come back in order.
package enum Concurrent {
    /// `body(0) … body(count - 1)`, run on every core (`DispatchQueue.concurrentPerform`), in index
    /// order; the first error in index order is thrown once all have run.
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, Result { try body(index) }) }
        return try results.all().map { try $0.get() }
    }

    /// Each index's result, written by the one thread that ran it.
    private final class Results<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<T, any Error>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<T, any Error>) { lock.withLock { results[index] = result } }

        /// Every result; `concurrentPerform` returns only when every index has run.
        func all() -> [Result<T, any Error>] { lock.withLock { results.map { $0! } } }
    }
}
