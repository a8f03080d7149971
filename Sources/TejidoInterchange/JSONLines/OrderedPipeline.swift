import Foundation

/// Batches handed from one producing thread, through several working threads, to one consuming
/// thread in the order they were produced. At most `capacity` batches are in flight (waiting,
/// being worked on, or done and waiting for the consumer), so memory stays bounded: the producer
/// blocks while that many are. Either end can stop it: the producer by finishing (with the error
/// that stopped it, if any, rethrown to the consumer after the batches before it), the consumer
/// by stopping, which also waits until the producer and every worker have let go.
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    /// Thrown inside the producer when the consumer stopped listening.
    struct Stopped: Error {}

    private let condition = NSCondition()
    private let capacity: Int
    private var inputs: [(sequence: Int, input: Input)] = []
    private var outputs: [Int: Output] = [:]
    /// The sequence number the next pushed batch gets.
    private var produced = 0
    /// The sequence number the consumer takes next.
    private var consumed = 0
    private var producerFinished = false
    private var workers: Int
    private var stopped = false
    private var failure: (any Error)?
    private var producedBytes = 0

    init(capacity: Int, workers: Int) {
        self.capacity = capacity
        self.workers = workers
    }

    // MARK: The producer

    /// Hands over a batch, waiting for room. Returns `false` when the consumer has stopped.
    func push(_ input: Input) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while produced - consumed >= capacity && !stopped { condition.wait() }
        if stopped { return false }
        inputs.append((produced, input))
        produced += 1
        condition.broadcast()
        return true
    }

    /// The producer is done: no more batches; `error` reaches the consumer after every batch
    /// pushed before it.
    func finish(bytesRead: Int, error: (any Error)?) {
        condition.lock()
        producedBytes = bytesRead
        failure = error
        producerFinished = true
        condition.broadcast()
        condition.unlock()
    }

    // MARK: The workers

    /// The next batch to work on, waiting for one; `nil` once there are no more (or the consumer
    /// stopped), when the worker should call ``workerDone()`` and end.
    func nextInput() -> (sequence: Int, input: Input)? {
        condition.lock()
        defer { condition.unlock() }
        while inputs.isEmpty && !producerFinished && !stopped { condition.wait() }
        if stopped || inputs.isEmpty { return nil }
        return inputs.removeFirst()
    }

    /// A worker's result for the batch numbered `sequence`.
    func deliver(_ sequence: Int, _ output: Output) {
        condition.lock()
        if !stopped { outputs[sequence] = output }
        condition.broadcast()
        condition.unlock()
    }

    /// A worker has ended.
    func workerDone() {
        condition.lock()
        workers -= 1
        condition.broadcast()
        condition.unlock()
    }

    // MARK: The consumer

    /// The next batch's result in the order the batches were pushed, waiting for it; `nil` once
    /// the producer finished and every result was taken.
    func next() throws -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = outputs.removeValue(forKey: consumed) {
                consumed += 1
                condition.broadcast()
                return output
            }
            if producerFinished && consumed == produced {
                if let failure { throw failure }
                return nil
            }
            condition.wait()
        }
    }

    /// The consumer gives up: the producer's next hand-over fails and workers take no more
    /// batches. Returns once the producer and every worker have finished, so nothing they hold
    /// outlives the call.
    func stop() {
        condition.lock()
        stopped = true
        inputs.removeAll()
        outputs.removeAll()
        condition.broadcast()
        while !producerFinished || workers > 0 { condition.wait() }
        condition.unlock()
    }

    /// What the producer reported when it finished.
    var bytesRead: Int {
        condition.lock()
        defer { condition.unlock() }
        return producedBytes
    }
}
