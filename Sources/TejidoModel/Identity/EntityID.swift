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
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.uuid = uuid
    }

    /// A fresh random identifier.
    public static func random() -> Self { Self(UUID()) }

    /// Lower-case canonical text, the form stored and exchanged everywhere.
    public var description: String { uuid.uuidString.lowercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
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
