/// The id of an area, a lowercase slug that spells its place in the hierarchy
/// (`us-il-chicago-englewood`). Areas are shared reference data, so their ids are readable codes.
public struct AreaID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Whether the id follows the slug rules (a single letter code such as a country is allowed).
    public var isValid: Bool { rawValue.count == 2 ? rawValue.allSatisfy { $0.isASCII && $0.isLowercase } : Slug.isValid(rawValue) }

    public var description: String { rawValue }
    public static func < (lhs: AreaID, rhs: AreaID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
