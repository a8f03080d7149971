import Foundation
import Histogram

#if canImport(Glibc)
import Glibc
#endif

/// Monotonic time in nanoseconds.
enum Clock {
    @inline(__always)
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Runs `body` and returns its result and how long it took, in nanoseconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, UInt64) {
        let start = now()
        let value = try body()
        return (value, now() - start)
    }

    /// The async form of ``time(_:)``.
    static func time<T>(_ body: () async throws -> T) async rethrows -> (T, UInt64) {
        let start = now()
        let value = try await body()
        return (value, now() - start)
    }
}

/// The process's memory, as the kernel counts it.
enum Memory {
    /// The peak resident set of this process so far (getrusage `ru_maxrss`), in bytes.
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    /// The resident set now (`VmRSS`), in bytes; 0 when /proc is not there.
    static func currentRSS() -> Int { status("VmRSS:") }

    /// The resident high-water mark (`VmHWM`), in bytes: unlike `ru_maxrss` it can be reset
    /// with ``resetPeak()``. Falls back to `ru_maxrss`.
    static func highWaterMark() -> Int {
        let value = status("VmHWM:")
        return value > 0 ? value : peakRSS()
    }

    /// Resets `VmHWM` to the current resident set (Linux: `echo 5 > /proc/self/clear_refs`), so
    /// the peak of the next in-process phase can be read on its own. Returns whether it worked.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// Gives freed memory back to the system where the allocator allows (jemalloc's purge of
    /// every arena, which the executables allocate with; glibc's `malloc_trim` otherwise), so RSS
    /// growth measured after a phase is what the phase still holds, not pages the allocator kept.
    static func trim() {
        if let mallctl {
            // MALLCTL_ARENAS_ALL is 4096.
            _ = mallctl("arena.4096.purge", nil, nil, nil, 0)
        } else {
            _ = mallocTrim?(0)
        }
    }

    /// jemalloc's `mallctl`, when the process allocates with jemalloc.
    private static let mallctl: (@convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int) -> Int32)? = {
        guard let symbol = dlsym(nil, "mallctl") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int) -> Int32).self)
    }()

    /// glibc's `malloc_trim`, looked up at run time (malloc.h is not in the Glibc module).
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()

    private static func status(_ field: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field) {
            let digits = line.dropFirst(field.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
            return digits * 1024
        }
        return 0
    }
}

/// Peak and growth of resident memory over an in-process phase.
struct MemoryDelta: Codable, Sendable {
    /// Resident set before the phase, in bytes.
    var before: Int
    /// Resident set after the phase (what it still holds, plus anything the allocator kept).
    var after: Int
    /// The highest resident set during the phase (after a reset of the high-water mark when the
    /// kernel allows it; otherwise the process's peak so far).
    var peak: Int
    /// Whether `peak` is the phase's own (the high-water mark could be reset before it).
    var peakIsPhaseOwn: Bool

    var growth: Int { after - before }
    var peakGrowth: Int { peak - before }

    /// Measures `body`'s memory.
    static func measure<T>(_ body: () async throws -> T) async rethrows -> (T, MemoryDelta) {
        Memory.trim()
        let reset = Memory.resetPeak()
        let before = Memory.currentRSS()
        let value = try await body()
        let peak = Memory.highWaterMark()
        Memory.trim()
        let after = Memory.currentRSS()
        return (value, MemoryDelta(before: before, after: after, peak: peak, peakIsPhaseOwn: reset))
    }
}

/// A distribution of durations: p50 and p99 through an HDR histogram (3 significant digits),
/// exact minimum, maximum and mean.
struct Distribution: Codable, Sendable, Equatable {
    var count: Int
    var p50: Double
    var p99: Double
    var min: Double
    var max: Double
    var mean: Double

    /// The distribution of `nanoseconds`, reported in `unit`s (1e6 for milliseconds, 1e9 for seconds).
    init(nanoseconds samples: [UInt64], unit: Double) {
        count = samples.count
        guard !samples.isEmpty else {
            p50 = .nan; p99 = .nan; min = .nan; max = .nan; mean = .nan
            return
        }
        let highest = Swift.max(samples.max()!, 2)
        var histogram = Histogram<UInt64>(highestTrackableValue: highest, numberOfSignificantValueDigits: .three)
        for sample in samples { _ = histogram.record(Swift.max(sample, 1)) }
        p50 = Double(histogram.valueAtPercentile(50)) / unit
        p99 = Double(histogram.valueAtPercentile(99)) / unit
        min = Double(samples.min()!) / unit
        max = Double(samples.max()!) / unit
        mean = Double(samples.reduce(0, +)) / Double(samples.count) / unit
    }
}

/// A small deterministic generator (SplitMix64) for drawing workloads.
struct BenchRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed ^ 0x5445_4A49_444F_4245 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
