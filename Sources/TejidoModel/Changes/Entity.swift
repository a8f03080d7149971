import Foundation

/// The kinds of record a directory stores; each has its own table and change-log entries.
public enum EntityKind: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case service, area, organization, offering, need, relationship, referral
    case activityReport = "activity_report"

    /// The order writes take so references exist before what points at them.
    public var writeOrder: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.writeOrder < rhs.writeOrder }
}

/// Any one record of the directory.
public indirect enum Entity: Hashable, Sendable {
    case service(Service)
    case area(Area)
    case organization(Organization)
    case offering(Offering)
    case need(Need)
    case relationship(Relationship)
    case referral(Referral)
    case activityReport(ActivityReport)

    /// Which table it belongs to.
    public var kind: EntityKind {
        switch self {
        case .service: .service
        case .area: .area
        case .organization: .organization
        case .offering: .offering
        case .need: .need
        case .relationship: .relationship
        case .referral: .referral
        case .activityReport: .activityReport
        }
    }

    /// The record with private fields removed, for public output (data-model.md, "Privacy").
    public var publicView: Entity {
        switch self {
        case .organization(let value): .organization(value.publicView)
        case .referral(let value): .referral(value.publicView)
        case .activityReport(let value): .activityReport(value.publicView)
        case .service, .area, .offering, .need, .relationship: self
        }
    }

    /// Its id as text: a UUID, an area id or a service code.
    public var id: String {
        switch self {
        case .service(let value): value.code.rawValue
        case .area(let value): value.id.rawValue
        case .organization(let value): value.id.description
        case .offering(let value): value.id.description
        case .need(let value): value.id.description
        case .relationship(let value): value.id.description
        case .referral(let value): value.id.description
        case .activityReport(let value): value.id.description
        }
    }

    /// Its id, for the kinds identified by a UUID; `nil` for services and areas.
    public var uuid: UUID? {
        switch self {
        case .service, .area: nil
        case .organization(let value): value.id.uuid
        case .offering(let value): value.id.uuid
        case .need(let value): value.id.uuid
        case .relationship(let value): value.id.uuid
        case .referral(let value): value.id.uuid
        case .activityReport(let value): value.id.uuid
        }
    }

    /// The organizations whose directory entry changes when this record does.
    public var organizations: [OrganizationID] {
        switch self {
        case .service, .area: []
        case .organization(let value): [value.id]
        case .offering(let value): [value.organization]
        case .need(let value): [value.organization]
        case .relationship(let value): [value.from, value.to]
        case .referral(let value): [value.provider, value.client]
        case .activityReport(let value): [value.reportingOrganization]
        }
    }

    /// The record as canonical JSON (sorted keys, empty values left out): what the store keeps
    /// and the change log carries. The common kinds go through ``EntityJSON``.
    public func payload() throws -> String {
        var writer = JSONWriter()
        switch self {
        case .organization(let value): EntityJSON.write(value, nested: nil, into: &writer)
        case .offering(let value): EntityJSON.write(value, includeOrganization: true, into: &writer)
        case .need(let value): EntityJSON.write(value, includeOrganization: true, into: &writer)
        case .relationship(let value): EntityJSON.write(value, type: false, into: &writer)
        case .referral(let value): EntityJSON.write(value, type: false, into: &writer)
        case .service(let value): return String(decoding: try TejidoJSON.encoder().encode(value), as: UTF8.self)
        case .area(let value): return String(decoding: try TejidoJSON.encoder().encode(value), as: UTF8.self)
        case .activityReport(let value): return String(decoding: try TejidoJSON.encoder().encode(value), as: UTF8.self)
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Every rule the record breaks on its own.
    public func validationIssues() -> [ValidationIssue] {
        switch self {
        case .service(let value): value.validationIssues()
        case .area(let value): value.validationIssues()
        case .organization(let value): value.validationIssues()
        case .offering(let value): value.validationIssues()
        case .need(let value): value.validationIssues()
        case .relationship(let value): value.validationIssues()
        case .referral(let value): value.validationIssues()
        case .activityReport(let value): value.validationIssues()
        }
    }

    /// Decodes a payload of `kind` (with `decoder`, when one is at hand, or a new Tejido decoder).
    public static func decode(_ kind: EntityKind, payload: String, using decoder: JSONDecoder = TejidoJSON.decoder()) throws -> Entity {
        let data = Data(payload.utf8)
        return switch kind {
        case .service: .service(try decoder.decode(Service.self, from: data))
        case .area: .area(try decoder.decode(Area.self, from: data))
        case .organization: .organization(try decoder.decode(Organization.self, from: data))
        case .offering: .offering(try decoder.decode(Offering.self, from: data))
        case .need: .need(try decoder.decode(Need.self, from: data))
        case .relationship: .relationship(try decoder.decode(Relationship.self, from: data))
        case .referral: .referral(try decoder.decode(Referral.self, from: data))
        case .activityReport: .activityReport(try decoder.decode(ActivityReport.self, from: data))
        }
    }
}

extension DirectoryDataset {
    /// Every record as an entity, in write order.
    public var entities: [Entity] {
        services.map(Entity.service) + areas.map(Entity.area) + organizations.map(Entity.organization) + offerings.map(Entity.offering)
            + needs.map(Entity.need) + relationships.map(Entity.relationship) + referrals.map(Entity.referral) + activityReports.map(Entity.activityReport)
    }

    /// Adds one entity to its list.
    public mutating func append(_ entity: Entity) {
        switch entity {
        case .service(let value): services.append(value)
        case .area(let value): areas.append(value)
        case .organization(let value): organizations.append(value)
        case .offering(let value): offerings.append(value)
        case .need(let value): needs.append(value)
        case .relationship(let value): relationships.append(value)
        case .referral(let value): referrals.append(value)
        case .activityReport(let value): activityReports.append(value)
        }
    }
}
