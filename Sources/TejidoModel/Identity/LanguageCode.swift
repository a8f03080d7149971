/// A BCP 47 language tag (`es`, `el`, `ca`, `en-US`). Matching uses the primary subtag, so a
/// provider working in `es` serves a client speaking `es-CL`.
public struct LanguageCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The primary language subtag, lowercased (`es` for `es-CL`).
    public var primary: String {
        // Most tags are a bare lower-case primary subtag already: nothing to split or lower.
        if !rawValue.isEmpty && rawValue.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) { return rawValue }
        return String(rawValue.split(separator: "-", maxSplits: 1).first ?? "").lowercased()
    }

    /// Whether the tag is well formed: a 2–3 letter primary subtag, then 1–8 character alphanumeric subtags.
    public var isValid: Bool {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The four languages Tejido's own labels are written in.
    public static let labelLanguages: [LanguageCode] = ["en", "es", "ca", "el"]

    public var description: String { rawValue }
    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
