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
enum UUIDText {
    private static let hex = Array("0123456789abcdef".utf8)

    static func format(_ uuid: UUID) -> String {
        withUnsafeBytes(of: uuid.uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { buffer in
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
                return 36
            }
        }
    }

    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { utf8 -> UUID? in
            guard utf8.count == 36, utf8[8] == 0x2D, utf8[13] == 0x2D, utf8[18] == 0x2D, utf8[23] == 0x2D else { return nil }
            var bytes = (UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
                         UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0))
            let ok = withUnsafeMutableBytes(of: &bytes) { out -> Bool in
                var position = 0
                for index in 0..<16 {
                    if position == 8 || position == 13 || position == 18 || position == 23 { position += 1 }
                    guard let high = value(utf8[position]), let low = value(utf8[position + 1]) else { return false }
                    out[index] = high << 4 | low
                    position += 2
                }
                return true
            }
            return ok ? UUID(uuid: bytes) : nil
        }
    }

    private static func value(_ character: UInt8) -> UInt8? {
        switch character {
        case 0x30...0x39: character - 0x30
        case 0x61...0x66: character - 0x61 + 10
        case 0x41...0x46: character - 0x41 + 10
        default: nil
        }
    }
}
