import Testing
@testable import TejidoMatching

@Suite("TejidoMatching: scores in whole millionths")
struct ScoringTests {
    @Test("rounding a term by truncation gives what Double.rounded() gives, at halves, just below them and at scale")
    func roundingMatchesTheLibrary() {
        var values: [Double] = [0, 0.5, 1.5, 2.5, 0.49999999999999994, 1.4999999999999998, 999_999.5, 1_000_000, 3.5e15, 4_503_599_627_370_495.5]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            values.append(unit * 1_000_000)
            values.append((unit * 2_000).rounded() / 2 + 0.5)
        }
        for value in values + values.map(-) {
            #expect(Scoring.roundedHalfAwayFromZero(value) == Int64(value.rounded()), "\(value)")
        }
    }

    @Test("a term is weight × value in whole millionths")
    func micro() {
        #expect(Scoring.micro(0.25, 0.3) == 75_000)
        #expect(Scoring.micro(0.1, 0.5) == 50_000)
    }
}
