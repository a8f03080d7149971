/// A calendar date known to the year, the month or the day (`2020`, `2020-12`, `2020-12-30`), as
/// the source documents give them. Ordered by its text, which sorts chronologically.
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Whether the text is a real date in one of the three precisions.
    public var isValid: Bool { components != nil }

    /// Whether the date is known to the day.
    public var isDay: Bool { components?.day != nil }

    /// The year, month and day, or `nil` when malformed.
    public var components: (year: Int, month: Int?, day: Int?)? {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year >= 1000 else { return nil }
        guard parts.count > 1 else { return (year, nil, nil) }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        guard parts.count > 2 else { return (year, month, nil) }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard parts[2].count == 2, let day = Int(parts[2]), (1...days).contains(day) else { return nil }
        return (year, month, day)
    }

    /// Whether this date ends before `other` starts, compared at the precision both share:
    /// `2020` is not before `2020-05`, since May 2020 falls within 2020.
    public func isBefore(_ other: PartialDate) -> Bool {
        let shared = min(rawValue.count, other.rawValue.count)
        return rawValue.prefix(shared) < other.rawValue.prefix(shared)
    }

    public var description: String { rawValue }
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
