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

extension AreaTree {
    /// Every area after its parent, siblings by id.
    public var areasParentsFirst: [Area] {
        roots.flatMap { root in descendants(of: root.id).compactMap(area) }
    }

    /// The areas with no parent in the tree.
    var roots: [Area] { areas.filter { $0.parent.map { area($0) == nil } ?? true } }
}
