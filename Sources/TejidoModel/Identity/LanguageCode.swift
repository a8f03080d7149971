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
    /// Read byte by byte: every allowed character is ASCII, so no Unicode properties are needed.
    public var isValid: Bool {
        var subtag = 0, length = 0
        func lengthFits() -> Bool { subtag == 0 ? (2...3).contains(length) : (1...8).contains(length) }
        for byte in rawValue.utf8 {
            if byte == UInt8(ascii: "-") {
                guard lengthFits() else { return false }
                subtag += 1
                length = 0
                continue
            }
            let letter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            let digit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard letter || (digit && subtag > 0) else { return false }
            length += 1
        }
        return lengthFits()
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
