import TejidoModel

/// One line of a Tejido JSON Lines file: every line is an object with a `type`. Organizations
/// carry their offerings and needs nested; relationships, referrals and reports name
/// organizations by id. The format is documented in `docs/interchange.md`.
public enum JSONLinesRecord: Hashable, Sendable {
    case service(Service)
    case area(Area)
    case organization(Organization, offerings: [Offering], needs: [Need])
    case relationship(Relationship)
    case referral(Referral)
    case activityReport(ActivityReport)

    /// The record as entities to write, in write order.
    public var entities: [Entity] {
        switch self {
        case .service(let value): [.service(value)]
        case .area(let value): [.area(value)]
        case .organization(let organization, let offerings, let needs):
            [.organization(organization)] + offerings.map(Entity.offering) + needs.map(Entity.need)
        case .relationship(let value): [.relationship(value)]
        case .referral(let value): [.referral(value)]
        case .activityReport(let value): [.activityReport(value)]
        }
    }

    /// The record whose ``entities`` are `entities`: an organization followed by its offerings
    /// and needs, or any other record alone; nil for anything else.
    public init?(entities: [Entity]) {
        guard let first = entities.first else { return nil }
        let rest = entities.dropFirst()
        if case .organization(let organization) = first {
            var offerings: [Offering] = [], needs: [Need] = []
            for entity in rest {
                switch entity {
                case .offering(let offering): offerings.append(offering)
                case .need(let need): needs.append(need)
                default: return nil
                }
            }
            self = .organization(organization, offerings: offerings, needs: needs)
            return
        }
        guard rest.isEmpty else { return nil }
        switch first {
        case .service(let value): self = .service(value)
        case .area(let value): self = .area(value)
        case .relationship(let value): self = .relationship(value)
        case .referral(let value): self = .referral(value)
        case .activityReport(let value): self = .activityReport(value)
        case .organization, .offering, .need: return nil
        }
    }

    /// The records of a dataset in the order an export writes them: reference data, then
    /// organizations (with their offerings and needs), then what points at organizations.
    public static func records(of dataset: DirectoryDataset) -> [JSONLinesRecord] {
        var offerings: [OrganizationID: [Offering]] = [:], needs: [OrganizationID: [Need]] = [:]
        for offering in dataset.offerings { offerings[offering.organization, default: []].append(offering) }
        for need in dataset.needs { needs[need.organization, default: []].append(need) }
        return dataset.services.sorted { $0.code < $1.code }.map(JSONLinesRecord.service)
            + AreaTree(dataset.areas).areasParentsFirst.map(JSONLinesRecord.area)
            + dataset.organizations.sorted { $0.id < $1.id }.map {
                .organization($0, offerings: (offerings[$0.id] ?? []).sorted { $0.id < $1.id }, needs: (needs[$0.id] ?? []).sorted { $0.id < $1.id })
            }
            + dataset.relationships.sorted { $0.id < $1.id }.map(JSONLinesRecord.relationship)
            + dataset.referrals.sorted { $0.id < $1.id }.map(JSONLinesRecord.referral)
            + dataset.activityReports.sorted { $0.id < $1.id }.map(JSONLinesRecord.activityReport)
    }
}
