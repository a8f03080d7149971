import TejidoModel

/// The immutable base of the directory: organizations under dense `UInt32` indexes, hot fields as
/// columns (kind and language bitmasks, interned countries), compressed-sparse-row lists of each
/// organization's areas and services, service posting lists, relationship adjacency, and a text
/// index. Built once from the store; later writes go to the ``Directory`` overlay.
struct DirectorySnapshot: Sendable {
    let taxonomy: Taxonomy
    let areaTree: AreaTree
    let entries: [OrganizationEntry]
    let ids: [OrganizationID]
    let byID: [OrganizationID: UInt32]
    let bySlug: [Slug: UInt32]
    let kindMasks: [UInt32]
    let languageMasks: [UInt64]
    let countries: [UInt16]
    let countryCodes: [String]
    let languageCodes: [String]
    let areaIndex: [AreaID: UInt32]
    let areaOffsets: [UInt32]
    let areaValues: [UInt32]
    let serviceIndex: [ServiceCode: UInt16]
    let serviceOffsets: [UInt32]
    let serviceValues: [UInt16]
    /// Organizations offering each service, ascending.
    let postings: [[UInt32]]
    /// Relationship adjacency (both directions): neighbours of `i` are `edgeTargets[edgeOffsets[i]..<edgeOffsets[i+1]]`.
    let edgeOffsets: [UInt32]
    let edgeTargets: [UInt32]
    let edgeKinds: [UInt8]
    let text: TextIndex
    let offeringOwner: [OfferingID: OrganizationID]
    let needOwner: [NeedID: OrganizationID]
    let relationshipEnds: [RelationshipID: [OrganizationID]]

    init(services: [Service], areas: [Area], entries unsorted: [OrganizationEntry]) {
        let taxonomy = Taxonomy(services)
        self.taxonomy = taxonomy
        let areaTree = AreaTree(areas)
        self.areaTree = areaTree
        let entries = unsorted.sorted { $0.organization.id < $1.organization.id }
        self.entries = entries
        ids = entries.map(\.organization.id)
        byID = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, UInt32($0)) })
        bySlug = Dictionary(entries.enumerated().map { ($1.organization.slug, UInt32($0)) }, uniquingKeysWith: { first, _ in first })

        let kinds = OrganizationKind.allCases
        kindMasks = entries.map { entry in entry.organization.kinds.reduce(0) { $0 | (1 << UInt32(kinds.firstIndex(of: $1)!)) } }
        languageCodes = Array(Set(entries.flatMap { $0.organization.languages.map(\.primary) })).sorted()
        let languagePosition = Dictionary(uniqueKeysWithValues: languageCodes.enumerated().map { ($1, $0) })
        languageMasks = entries.map { entry in
            entry.organization.languages.reduce(UInt64(0)) { mask, language in
                guard let bit = languagePosition[language.primary], bit < 64 else { return mask }
                return mask | (1 << UInt64(bit))
            }
        }
        countryCodes = [""] + Array(Set(entries.compactMap(\.organization.country))).sorted()
        let countryPosition = Dictionary(uniqueKeysWithValues: countryCodes.enumerated().map { ($1, UInt16($0)) })
        countries = entries.map { countryPosition[$0.organization.country ?? ""] ?? 0 }

        let areaIndex = Dictionary(uniqueKeysWithValues: areaTree.areas.enumerated().map { ($1.id, UInt32($0)) })
        self.areaIndex = areaIndex
        var areaOffsets: [UInt32] = [0], areaValues: [UInt32] = []
        for entry in entries {
            let touched = Set(entry.organization.serviceAreas + entry.organization.locations.compactMap(\.area)).compactMap { areaIndex[$0] }
            areaValues += touched.sorted()
            areaOffsets.append(UInt32(areaValues.count))
        }
        self.areaOffsets = areaOffsets
        self.areaValues = areaValues

        let serviceIndex = Dictionary(uniqueKeysWithValues: taxonomy.services.enumerated().map { ($1.code, UInt16($0)) })
        self.serviceIndex = serviceIndex
        var serviceOffsets: [UInt32] = [0], serviceValues: [UInt16] = []
        var postings = [[UInt32]](repeating: [], count: taxonomy.services.count)
        for (position, entry) in entries.enumerated() {
            let codes = Set(entry.offerings.compactMap { serviceIndex[$0.service] }).sorted()
            serviceValues += codes
            serviceOffsets.append(UInt32(serviceValues.count))
            for code in codes { postings[Int(code)].append(UInt32(position)) }
        }
        self.serviceOffsets = serviceOffsets
        self.serviceValues = serviceValues
        self.postings = postings

        let relationshipKinds = Relationship.Kind.allCases
        var byOrganization = [[(UInt32, UInt8)]](repeating: [], count: entries.count)
        var seenRelationships = Set<RelationshipID>()
        var relationshipEnds: [RelationshipID: [OrganizationID]] = [:]
        for entry in entries {
            for relationship in entry.relationships where seenRelationships.insert(relationship.id).inserted {
                relationshipEnds[relationship.id] = [relationship.from, relationship.to]
                guard let from = byID[relationship.from], let to = byID[relationship.to] else { continue }
                let kind = UInt8(relationshipKinds.firstIndex(of: relationship.kind)!)
                byOrganization[Int(from)].append((to, kind))
                byOrganization[Int(to)].append((from, kind))
            }
        }
        var edgeOffsets: [UInt32] = [0], edgeTargets: [UInt32] = [], edgeKinds: [UInt8] = []
        for edges in byOrganization {
            for (target, kind) in edges.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
                edgeTargets.append(target)
                edgeKinds.append(kind)
            }
            edgeOffsets.append(UInt32(edgeTargets.count))
        }
        self.edgeOffsets = edgeOffsets
        self.edgeTargets = edgeTargets
        self.edgeKinds = edgeKinds
        self.relationshipEnds = relationshipEnds
        offeringOwner = Dictionary(entries.flatMap { $0.offerings.map { ($0.id, $0.organization) } }, uniquingKeysWith: { first, _ in first })
        needOwner = Dictionary(entries.flatMap { $0.needs.map { ($0.id, $0.organization) } }, uniquingKeysWith: { first, _ in first })
        text = TextIndex(entries.map { SearchText(organization: $0.organization, offerings: $0.offerings, taxonomy: taxonomy) })
    }

    /// The dataset's organizations grouped into entries.
    static func entries(of dataset: DirectoryDataset) -> [OrganizationEntry] {
        var entries = Dictionary(uniqueKeysWithValues: dataset.organizations.map { ($0.id, OrganizationEntry(organization: $0)) })
        for offering in dataset.offerings { entries[offering.organization]?.offerings.append(offering) }
        for need in dataset.needs { entries[need.organization]?.needs.append(need) }
        for relationship in dataset.relationships {
            entries[relationship.from]?.relationships.append(relationship)
            if relationship.to != relationship.from { entries[relationship.to]?.relationships.append(relationship) }
        }
        return Array(entries.values)
    }

    var count: Int { entries.count }
}
