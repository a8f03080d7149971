import Foundation
import Testing
import TejidoInterchange
import TejidoModel
@testable import TejidoStore

@Suite("Service tokens in the full-text rows")
struct ServiceTokenTests {
    /// The token as first defined: U+E000, then each letter or digit as it is and every other
    /// character moved to the private-use plane.
    static func reference(_ code: String) -> String {
        var token = String.UnicodeScalarView()
        token.append(Unicode.Scalar(0xE000)!)
        for scalar in code.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": token.append(scalar)
            default: token.append(Unicode.Scalar(0xF0000 + min(scalar.value, 0xFFFD))!)
            }
        }
        return String(token)
    }

    @Test("every code of the taxonomy, and odd ones, get the token of the definition")
    func tokens() throws {
        let seed = try SeedLoader(directory: BulkImportTests.repository.appendingPathComponent("seed")).load()
        let codes = seed.services.map(\.code.rawValue) + ["", "a", "finance.bookkeeping", "training.train_the_trainers", "A-Z", "x y", "\u{7F}\t", "ünï.code", "ελ"]
        #expect(codes.count > 50)
        for code in codes {
            #expect(SearchRows.serviceToken(ServiceCode(code)) == Self.reference(code), "\(code)")
        }
    }

    @Test("a row's tokens are its distinct codes' tokens, sorted by code, one space apart")
    func rowTokens() {
        let lists: [[String]] = [[], ["finance.bookkeeping"], ["b.x", "a.y"], ["a.y", "b.x", "a.y"], ["z", "z"], ["m.n", "a.b", "m.n", "c.d"]]
        for list in lists {
            let codes = list.map { ServiceCode($0) }
            #expect(SearchRows.serviceTokens(codes) == Set(list).sorted().map(Self.reference).joined(separator: " "), "\(list)")
        }
    }
}
