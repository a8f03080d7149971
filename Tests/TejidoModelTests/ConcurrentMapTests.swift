import Foundation
import Testing

@testable import TejidoModel

@Suite("Work split across cores, results in order")
struct ConcurrentMapTests {
    struct Failure: Error, Equatable { let index: Int }

    @Test("every index runs once and the results come back in index order")
    func order() throws {
        // Earlier indexes sleep longer, so later ones tend to finish first.
        let squares = try Concurrent.map(40) { index in
            usleep(UInt32((40 - index) * 50))
            return index * index
        }
        #expect(squares == (0..<40).map { $0 * $0 })
        #expect(try Concurrent.map(0) { $0 }.isEmpty)
    }

    @Test("the first error in index order is thrown, whichever finished first")
    func firstError() {
        #expect(throws: Failure(index: 3)) {
            try Concurrent.map(10) { index in
                if index == 3 { usleep(2_000); throw Failure(index: 3) }
                if index == 7 { throw Failure(index: 7) }
                return index
            }
        }
    }
}
