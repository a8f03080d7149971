import Foundation

/// A small, fast, seedable random number generator (SplitMix64): the same seed gives the same
/// sequence on every machine, which is what makes generated directories reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// A uniform integer in `range`.
    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A standard normal value (Box–Muller).
    mutating func gaussian() -> Double {
        let u = max(unit(), 1e-12), v = unit()
        return (-2 * _log(u)).squareRoot() * _cos(2 * .pi * v)
    }

    /// An index in 0..<count, skewed so that low indexes are much more likely (Zipf-like, exponent `s`).
    mutating func zipf(_ count: Int, exponent s: Double = 1.1) -> Int {
        // Inverse-CDF on the continuous approximation of a Zipf distribution.
        let u = unit()
        let n = Double(count)
        let x: Double
        if abs(s - 1) < 1e-9 {
            x = _exp(u * _log(n + 1)) - 1
        } else {
            x = _pow(u * (_pow(n + 1, 1 - s) - 1) + 1, 1 / (1 - s)) - 1
        }
        return min(count - 1, max(0, Int(x)))
    }

    /// Stable random-looking bits for a (stream, index) pair, independent of call order.
    static func hash(_ stream: UInt64, _ index: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: stream &* 0x9E37_79B9_7F4A_7C15 ^ index &* 0xC2B2_AE3D_27D4_EB4F)
        return generator.next()
    }
}

@inline(__always) private func _log(_ x: Double) -> Double { Foundation.log(x) }
@inline(__always) private func _exp(_ x: Double) -> Double { Foundation.exp(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { Foundation.cos(x) }
@inline(__always) private func _pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
