import Foundation
import Testing

@testable import TejidoInterchange

@Suite("Batches through several parsing threads, back in order")
struct OrderedPipelineTests {
    /// Runs `count` batches through `workers` threads that finish out of order (later batches
    /// often first), with `consume` called on the consumer's side for each result in turn.
    static func run(count: Int, workers: Int, capacity: Int, consume: (Int) throws -> Void) throws -> OrderedPipeline<Int, Int> {
        let pipeline = OrderedPipeline<Int, Int>(capacity: capacity, workers: workers)
        Thread {
            for value in 0..<count where !pipeline.push(value) {
                pipeline.finish(bytesRead: 0, error: nil)
                return
            }
            pipeline.finish(bytesRead: count, error: nil)
        }.start()
        for _ in 0..<workers {
            Thread {
                while let (sequence, value) = pipeline.nextInput() {
                    // Even batches take longer, so odd ones overtake them.
                    if value % 2 == 0 { usleep(200) }
                    pipeline.deliver(sequence, value * 10)
                }
                pipeline.workerDone()
            }.start()
        }
        do {
            while let value = try pipeline.next() { try consume(value) }
        } catch {
            pipeline.stop()
            throw error
        }
        return pipeline
    }

    @Test("results come out in the order the batches went in, however the workers finish")
    func order() throws {
        var seen: [Int] = []
        let pipeline = try Self.run(count: 500, workers: 3, capacity: 6) { seen.append($0) }
        #expect(seen == (0..<500).map { $0 * 10 })
        #expect(pipeline.bytesRead == 500)
    }

    @Test("a consumer that stops ends the producer and every worker, and its error comes back")
    func stop() throws {
        struct Enough: Error {}
        var taken = 0
        #expect(throws: Enough.self) {
            _ = try Self.run(count: 10_000, workers: 2, capacity: 4) { _ in
                taken += 1
                if taken == 50 { throw Enough() }
            }
        }
        #expect(taken == 50)
    }

    @Test("the producer's error reaches the consumer after every batch pushed before it")
    func producerError() throws {
        struct Broken: Error {}
        let pipeline = OrderedPipeline<Int, Int>(capacity: 4, workers: 1)
        Thread {
            for value in 0..<3 { _ = pipeline.push(value) }
            pipeline.finish(bytesRead: 0, error: Broken())
        }.start()
        Thread {
            while let (sequence, value) = pipeline.nextInput() { pipeline.deliver(sequence, value) }
            pipeline.workerDone()
        }.start()
        var seen: [Int] = []
        #expect(throws: Broken.self) {
            while let value = try pipeline.next() { seen.append(value) }
        }
        #expect(seen == [0, 1, 2])
    }
}
