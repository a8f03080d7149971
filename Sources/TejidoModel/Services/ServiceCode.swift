/// A stable dotted code from the service taxonomy (`finance.bookkeeping`). The parent of `a.b` is `a`.
public struct ServiceCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The code one level up, or `nil` for a root.
    public var parent: ServiceCode? {
        guard let dot = rawValue.lastIndex(of: ".") else { return nil }
        return ServiceCode(String(rawValue[..<dot]))
    }

    /// Whether `self` is `other` or lies below it in the tree.
    public func isWithin(_ other: ServiceCode) -> Bool {
        rawValue == other.rawValue || rawValue.hasPrefix(other.rawValue + ".")
    }

    /// Whether the code is well formed: dot-separated segments of lowercase letters, digits and
    /// underscores, each starting with a letter.
    public var isValid: Bool {
        var atSegmentStart = true
        for byte in rawValue.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                atSegmentStart = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                if atSegmentStart { return false }
            case UInt8(ascii: "."):
                if atSegmentStart { return false }
                atSegmentStart = true
            default:
                return false
            }
        }
        return !atSegmentStart
    }

    public var description: String { rawValue }
    public static func < (lhs: ServiceCode, rhs: ServiceCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
