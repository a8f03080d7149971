/// The id of an area, a lowercase slug that spells its place in the hierarchy
/// (`us-il-chicago-englewood`). Areas are shared reference data, so their ids are readable codes.
public struct AreaID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Whether the id follows the slug rules (a single letter code such as a country is allowed).
    /// Two lower-case ASCII letters (a country), or a slug. Read as bytes: a text of two bytes is
    /// either two ASCII characters or one character that is no letter pair and no slug.
    public var isValid: Bool {
        let bytes = rawValue.utf8
        return bytes.count == 2 ? bytes.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) } : Slug.isValid(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: AreaID, rhs: AreaID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
