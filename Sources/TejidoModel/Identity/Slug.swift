/// A unique, human-readable handle for an organization (`kola-nut-collaborative`): lowercase
/// ASCII letters and digits in words joined by single hyphens, 2–80 characters.
public struct Slug: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Whether the text follows the slug rules.
    public var isValid: Bool { Self.isValid(rawValue) }

    /// Checks the slug rules on any text.
    public static func isValid(_ text: String) -> Bool {
        guard (2...80).contains(text.utf8.count) else { return false }
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default: return false
            }
        }
        return !previousWasHyphen
    }

    public var description: String { rawValue }
    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
