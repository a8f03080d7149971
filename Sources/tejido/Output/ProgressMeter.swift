import Foundation

/// A one-line progress bar on standard error — records, records per second and time left —
/// shown only when standard error is a terminal, so piped and logged runs stay clean.
final class ProgressMeter: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date(timeIntervalSince1970: 0)
    private let lock = NSLock()

    init(totalBytes: Int, quiet: Bool = false) {
        total = totalBytes
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Redraws at most ten times a second.
    func update(records: Int, bytes: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let fraction = total > 0 ? min(1, Double(bytes) / Double(total)) : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let eta = fraction > 0.01 ? elapsed * (1 - fraction) / fraction : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = String(format: "\r%@ %3.0f%%  %@ records  %@/s  ETA %@ ", bar, fraction * 100, Self.grouped(records), Self.grouped(Int(Double(records) / elapsed)), Self.clock(eta))
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 79) + "\r").utf8))
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
