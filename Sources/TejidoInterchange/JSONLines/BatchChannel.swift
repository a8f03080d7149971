import Foundation

/// A bounded hand-over of batches from one producing thread to one consuming thread, in order.
/// The producer blocks while `capacity` batches wait; the consumer blocks while none do. Either
/// side can end it: the producer by finishing (with the error that stopped it, if any), the
/// consumer by stopping, which also waits until the producer has let go.
final class BatchChannel<Element>: @unchecked Sendable {
    /// Thrown inside the producer when the consumer stopped listening.
    struct Stopped: Error {}

    private let condition = NSCondition()
    private let capacity: Int
    private var batches: [[Element]] = []
    private var head = 0
    private var finished = false
    private var stopped = false
    private var failure: (any Error)?
    private var producedBytes = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Hands over a batch, waiting for room. Returns `false` when the consumer has stopped.
    func push(_ batch: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count - head >= capacity && !stopped { condition.wait() }
        if stopped { return false }
        if head > 0, head == batches.count {
            batches.removeAll(keepingCapacity: true)
            head = 0
        }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The producer is done: no more batches; `error` is rethrown to the consumer after the
    /// batches already handed over.
    func finish(bytesRead: Int, error: (any Error)?) {
        condition.lock()
        producedBytes = bytesRead
        failure = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for it; `nil` once the producer finished and everything was taken.
    func next() throws -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while head == batches.count && !finished { condition.wait() }
        if head < batches.count {
            let batch = batches[head]
            batches[head] = []
            head += 1
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// The consumer gives up: the producer's next hand-over fails. Returns once the producer has
    /// finished, so nothing it holds outlives the call.
    func stop() {
        condition.lock()
        stopped = true
        batches.removeAll()
        head = 0
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// What the producer reported when it finished.
    var bytesRead: Int {
        condition.lock()
        defer { condition.unlock() }
        return producedBytes
    }
}
