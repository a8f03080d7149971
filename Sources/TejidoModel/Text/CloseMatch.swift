import Foundation

/// Finds the name a person probably meant ("kola-nut" → "kola-nut-collaborative",
/// "finance.bookeeping" → "finance.bookkeeping") for error messages.
public enum CloseMatch {
    /// The best candidate for `input`: one that starts with or contains it (shortest first), else
    /// the nearest by edit distance within a third of its length; `nil` when nothing is close.
    public static func best(for input: String, among candidates: some Sequence<String>) -> String? {
        let needle = input.lowercased()
        guard !needle.isEmpty else { return nil }
        var containing: String?
        var nearest: (distance: Int, candidate: String)?
        let limit = max(2, needle.count / 3)
        for candidate in candidates {
            let lower = candidate.lowercased()
            if lower.contains(needle) {
                if containing == nil || (candidate.count, candidate) < (containing!.count, containing!) { containing = candidate }
                continue
            }
            guard abs(lower.count - needle.count) <= limit else { continue }
            let distance = editDistance(needle, lower)
            if distance <= limit, nearest == nil || (distance, candidate) < (nearest!.distance, nearest!.candidate) {
                nearest = (distance, candidate)
            }
        }
        return containing ?? nearest?.candidate
    }

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
