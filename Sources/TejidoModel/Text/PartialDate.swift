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
        var text = rawValue
        return text.withUTF8(Self.components)
    }

    /// ``components`` read from the text's bytes: up to three hyphen-separated fields of four,
    /// two and two characters, each a number as `Int(_:)` reads one (an optional `+`, then digits).
    private static func components(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int?, day: Int?)? {
        func number(_ start: Int, _ end: Int, width: Int) -> Int? {
            guard end - start == width else { return nil }
            var index = bytes[start] == UInt8(ascii: "+") ? start + 1 : start
            guard index < end else { return nil }
            var value = 0
            while index < end {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
                index += 1
            }
            return value
        }
        let first = bytes.firstIndex(of: UInt8(ascii: "-")) ?? bytes.count
        guard let year = number(0, first, width: 4), year >= 1000 else { return nil }
        guard first < bytes.count else { return (year, nil, nil) }
        let second = bytes[(first + 1)...].firstIndex(of: UInt8(ascii: "-")) ?? bytes.count
        guard let month = number(first + 1, second, width: 2), (1...12).contains(month) else { return nil }
        guard second < bytes.count else { return (year, month, nil) }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        // A fourth field makes the third longer than two bytes.
        guard let day = number(second + 1, bytes.count, width: 2), (1...days).contains(day) else { return nil }
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
