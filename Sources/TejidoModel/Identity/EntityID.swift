import Foundation

/// A typed UUID identifier: an `EntityID<Organization>` cannot be passed where an
/// `EntityID<Offering>` is expected, though both are plain UUIDs on the wire.
public struct EntityID<Entity>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The underlying UUID.
    public let uuid: UUID

    /// Wraps an existing UUID.
    public init(_ uuid: UUID) { self.uuid = uuid }

    /// Parses the canonical textual form of a UUID; `nil` when the text is not one.
    public init?(_ text: String) {
        guard let uuid = UUIDText.parse(text) else { return nil }
        self.uuid = uuid
    }

    /// Parses the canonical textual form of a UUID from its UTF-8 bytes, as a parser holds them,
    /// without making a `String` of them; `nil` when the bytes are not one.
    public init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard let uuid = UUIDText.parse(utf8: utf8) else { return nil }
        self.uuid = uuid
    }

    /// A fresh random identifier.
    public static func random() -> Self { Self(UUID()) }

    /// Lower-case canonical text, the form stored and exchanged everywhere.
    public var description: String { UUIDText.format(uuid) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUIDText.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a UUID")
        }
        self.uuid = uuid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

public typealias OrganizationID = EntityID<Organization>
public typealias OfferingID = EntityID<Offering>
public typealias NeedID = EntityID<Need>
public typealias RelationshipID = EntityID<Relationship>
public typealias ReferralID = EntityID<Referral>
public typealias ActivityReportID = EntityID<ActivityReport>

/// UUIDs to and from their canonical lower-case text without Foundation's formatter, which
/// dominates the cost of writing millions of records.
public enum UUIDText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// How many bytes the text of a UUID takes.
    public static let count = 36

    static func format(_ uuid: UUID) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            write(uuid, into: buffer)
            return count
        }
    }

    /// Writes the canonical text of `uuid` into the first ``count`` bytes of `buffer`.
    public static func write(_ uuid: UUID, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        precondition(buffer.count >= count)
        hex.withUnsafeBufferPointer { hex in
            withUnsafeBytes(of: uuid.uuid) { bytes in
                var position = 0
                for index in 0..<16 {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        buffer[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    buffer[position] = hex[Int(bytes[index] >> 4)]
                    buffer[position + 1] = hex[Int(bytes[index] & 0x0F)]
                    position += 2
                }
            }
        }
    }

    /// Appends the canonical text of `uuid` to `bytes`.
    public static func append(_ uuid: UUID, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            write(uuid, into: buffer)
            bytes.append(contentsOf: UnsafeBufferPointer(buffer))
        }
    }

    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// Parses `8-4-4-4-12` hexadecimal digits, either case. An import of a million organizations
    /// parses some ten million ids, so this reads each digit through a table and checks them all
    /// at once, after the loop.
    static func parse(utf8: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard utf8.count == 36, utf8[8] == 0x2D, utf8[13] == 0x2D, utf8[18] == 0x2D, utf8[23] == 0x2D else { return nil }
        var bytes = (UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
                     UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0))
        var invalid: UInt8 = 0
        digitValues.withUnsafeBufferPointer { table in
            withUnsafeMutableBytes(of: &bytes) { out in
                var position = 0
                for index in 0..<16 {
                    let high = table[Int(utf8[position])], low = table[Int(utf8[position + 1])]
                    invalid |= high | low
                    out[index] = high &<< 4 | low
                    // Past the last digit of groups one to four, skip the hyphen too.
                    position += index == 3 || index == 5 || index == 7 || index == 9 ? 3 : 2
                }
            }
        }
        return invalid & 0xF0 == 0 ? UUID(uuid: bytes) : nil
    }

    /// Each byte's value as a hexadecimal digit, or 0xFF.
    private static let digitValues: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, digit) in "0123456789abcdef".utf8.enumerated() { table[Int(digit)] = UInt8(value) }
        for (value, digit) in "ABCDEF".utf8.enumerated() { table[Int(digit)] = UInt8(10 + value) }
        return table
    }()
}
