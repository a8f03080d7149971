import Foundation
import TejidoModel

/// Everything the export needs to look up while it writes organizations, built once and shared
/// read-only by the threads that write pages.
final class HSDSExportContext: Sendable {
    let includePrivate: Bool
    /// The organizations, in id order: the order of the pages.
    let organizations: [Organization]
    let services: [ServiceCode: Service]
    let serviceTerms: [ServiceCode: UUID]
    let areaNames: [AreaID: String]
    let offerings: [OrganizationID: [Offering]]
    let needs: [OrganizationID: [Need]]
    /// Relationships by their `from` organization.
    let relationships: [OrganizationID: [Relationship]]
    /// Activity reports by their reporting organization.
    let reports: [OrganizationID: [ActivityReport]]
    /// Referrals by their referrer; empty unless private data is exported.
    let referrals: [OrganizationID: [Referral]]

    init(_ dataset: DirectoryDataset, includePrivate: Bool) {
        self.includePrivate = includePrivate
        let keys = dataset.organizations.map { Self.sortKey($0.id.uuid) }
        organizations = keys.indices.sorted { keys[$0] < keys[$1] }.map { dataset.organizations[$0] }
        services = Dictionary(dataset.services.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var codes = Set(dataset.services.map(\.code))
        codes.formUnion(dataset.offerings.map(\.service))
        serviceTerms = Dictionary(uniqueKeysWithValues: codes.map { ($0, HSDSIdentifiers.serviceTerm($0)) })
        areaNames = Dictionary(dataset.areas.map { ($0.id, $0.name()) }, uniquingKeysWith: { first, _ in first })
        offerings = Dictionary(grouping: dataset.offerings, by: \.organization)
        needs = Dictionary(grouping: dataset.needs, by: \.organization)
        relationships = Dictionary(grouping: dataset.relationships, by: \.from)
        reports = Dictionary(grouping: dataset.activityReports, by: \.reportingOrganization)
        referrals = includePrivate ? Dictionary(grouping: dataset.referrals, by: \.referrer) : [:]
    }

    /// The term id of `code`, computed if the code is not in the dataset's taxonomy.
    func serviceTerm(_ code: ServiceCode) -> UUID { serviceTerms[code] ?? HSDSIdentifiers.serviceTerm(code) }

    /// The English label of `code` (the HSDS service and term name).
    func label(_ code: ServiceCode) -> String { services[code]?.label("en") ?? code.rawValue }

    /// A UUID as two big-endian words: the same order as its lower-case text, without making strings.
    private static func sortKey(_ id: UUID) -> SortKey {
        withUnsafeBytes(of: id.uuid) { raw in
            SortKey(high: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                    low: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }

    /// A comparable form of a UUID.
    private struct SortKey: Comparable {
        var high: UInt64
        var low: UInt64
        static func < (lhs: SortKey, rhs: SortKey) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
    }
}
