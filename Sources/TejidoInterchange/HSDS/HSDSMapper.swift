import Foundation
import TejidoModel

/// Turns the HSDS records of an import into Tejido records. The steps, in order:
///
/// 1. Tejido's own taxonomies, when the import holds them: "Tejido services" terms become
///    `Service`s and "Tejido areas" terms become `Area`s (a Tejido export carries both).
/// 2. Organizations; then services, each an `Offering` per Tejido code its terms map to; then
///    locations and contacts, attached to the organizations they belong to.
/// 3. Records Tejido carries in attributes: needs, relationships, activity reports, referrals;
///    and `parent_organization_id` as a `part_of` relationship for other producers' records.
/// 4. Slugs, then a last check with `DatasetValidator`: a record that still breaks a rule is
///    rejected, with everything that depends on it.
///
/// Records Tejido wrote (they carry the Tejido attributes) are read exactly; other producers'
/// records are mapped as `docs/interchange-hsds.md` describes.
struct HSDSMapper {
    let store: HSDSRecordStore
    let taxonomy: Taxonomy
    let areaTree: AreaTree
    var log: HSDSReadLog

    // Indices of child rows by the field that links them to their parent.
    private var index: [String: [String: [HSDSRecord]]] = [:]

    // What has been built.
    var services: [Service] = []
    var areas: [Area] = []
    var knownCodes: Set<ServiceCode> = []
    var knownAreas: Set<AreaID> = []
    var codesByTermID: [String: ServiceCode] = [:]
    var lookupTaxonomy: Taxonomy
    var drafts: [HSDSOrganizationDraft] = []
    var draftByKey: [String: Int] = [:]
    /// Keys of organizations that were read but rejected.
    var rejectedOrganizations: Set<String> = []
    /// HSDS service key → the organization draft it belongs to.
    var serviceOwner: [String: Int] = [:]
    var offerings: [(Offering, HSDSOrigin)] = []
    var needs: [(Need, HSDSOrigin)] = []
    var relationships: [(Relationship, HSDSOrigin)] = []
    var reports: [(ActivityReport, HSDSOrigin)] = []
    var referrals: [(Referral, HSDSOrigin)] = []
    var unmapped: [String: Int] = [:]
    /// Where each service (`service:<code>`) and area (`area:<id>`) of the import was read.
    var recordOrigins: [String: HSDSOrigin] = [:]
    /// The record being mapped, to locate free terms it creates.
    var currentOrigin = HSDSOrigin(file: "")
    /// Keys of taxonomy terms services use.
    var usedTerms: Set<String> = []
    /// HSDS location key → the organization drafts it was added to.
    var locationOwners: [String: [Int]] = [:]
    /// Keys of records that were mapped, so attributes and metadata pointing elsewhere are reported.
    var mappedKeys: Set<String> = []
    /// Record paths (per file) of records Tejido wrote: their empty strings are not reported.
    var tejidoScopes: Set<String> = []

    init(store: HSDSRecordStore, taxonomy: Taxonomy, areas: AreaTree, log: HSDSReadLog) {
        self.store = store
        self.taxonomy = taxonomy
        self.areaTree = areas
        self.log = log
        lookupTaxonomy = taxonomy
        for (type, field) in Self.indexed {
            var byKey: [String: [HSDSRecord]] = [:]
            for record in store.all(type) {
                guard let key = record.string(field) else { continue }
                // The same row shown twice (a location nested both in its organization and in a
                // service at location) is one row.
                if record.hasID, byKey[key]?.contains(where: { $0.hasID && $0.key == record.key }) == true { continue }
                byKey[key, default: []].append(record)
            }
            index[type.rawValue + "." + field] = byKey
        }
    }

    /// The (type, link field) pairs rows are looked up by.
    private static let indexed: [(HSDSRecordType, String)] = [
        (.service, "organization_id"), (.location, "organization_id"), (.language, "service_id"), (.language, "location_id"),
        (.serviceArea, "service_id"), (.costOption, "service_id"), (.address, "location_id"), (.phone, "organization_id"),
        (.phone, "contact_id"), (.serviceAtLocation, "service_id"), (.serviceAtLocation, "location_id"), (.attribute, "link_id"),
        (.metadata, "resource_id"),
    ]

    /// The rows of `type` whose `field` is `key`, in the order read.
    func rows(_ type: HSDSRecordType, _ field: String, _ key: String) -> [HSDSRecord] {
        index[type.rawValue + "." + field]?[key] ?? []
    }

    /// The attributes linked to the record `key` of table `entity` (or with no table named).
    func attributes(of key: String, entity: String) -> [HSDSRecord] {
        rows(.attribute, "link_id", key).filter { ($0.string("link_entity") ?? entity) == entity }
    }

    // MARK: Run

    /// Maps everything and returns the outcome.
    mutating func run() -> ImportOutcome {
        mapTaxonomies()
        for record in store.all(.organization) { mapOrganization(record) }
        for record in store.all(.service) { mapService(record) }
        for record in store.all(.location) { mapLocation(record) }
        for record in store.all(.contact) { mapContact(record) }
        finishOrganizations()
        mapParents()
        reportLeftovers()
        return outcome()
    }

    // MARK: Helpers

    /// The Tejido taxonomy a term or taxonomy record belongs to, if any.
    enum TejidoTaxonomy { case services, areas, fields }

    func tejidoTaxonomy(ofTerm term: HSDSRecord) -> TejidoTaxonomy? {
        if let id = term.string("taxonomy_id") {
            if let known = Self.tejidoTaxonomy(id: id) { return known }
            if let taxonomy = store.record(.taxonomy, id), let name = taxonomy.string("name"), let known = Self.tejidoTaxonomy(name: name) { return known }
        }
        if let name = term.string("taxonomy"), let known = Self.tejidoTaxonomy(name: name) { return known }
        if let id = UUID(uuidString: term.key), HSDSTejidoField.from(termID: id) != nil { return .fields }
        return nil
    }

    static func tejidoTaxonomy(id: String) -> TejidoTaxonomy? {
        switch UUID(uuidString: id) {
        case HSDSIdentifiers.servicesTaxonomy?: .services
        case HSDSIdentifiers.areasTaxonomy?: .areas
        case HSDSIdentifiers.fieldsTaxonomy?: .fields
        default: nil
        }
    }

    static func tejidoTaxonomy(name: String) -> TejidoTaxonomy? {
        switch name {
        case HSDSConventions.servicesTaxonomyName: .services
        case HSDSConventions.areasTaxonomyName: .areas
        case HSDSConventions.fieldsTaxonomyName: .fields
        default: nil
        }
    }

    /// The Tejido field an attribute carries, if it is a Tejido attribute.
    func tejidoField(_ attribute: HSDSRecord) -> HSDSTejidoField? {
        if let id = attribute.string("taxonomy_term_id").flatMap(UUID.init(uuidString:)), let field = HSDSTejidoField.from(termID: id) { return field }
        if let term = attribute.string("taxonomy_term_id").flatMap({ store.record(.taxonomyTerm, $0) }),
           tejidoTaxonomy(ofTerm: term) == .fields, let code = term.string("code") {
            return HSDSTejidoField(rawValue: code)
        }
        return nil
    }

    /// The sources carried as metadata on the record `key`, and the other metadata rows on it.
    func sources(of key: String) -> (sources: [Source], others: [HSDSRecord], problems: [(HSDSOrigin, String)]) {
        var sources: [Source] = []
        var others: [HSDSRecord] = []
        var problems: [(HSDSOrigin, String)] = []
        for row in rows(.metadata, "resource_id", key) {
            guard row.string("last_action_type") == HSDSConventions.sourceAction, row.string("field_name") == HSDSConventions.sourceField else {
                if row.string("last_action_type") != HSDSConventions.valueAction { others.append(row) }
                continue
            }
            guard let text = row.string("replacement_value") else {
                problems.append((row.origin, "a source row without a replacement_value; dropped"))
                continue
            }
            switch HSDSTejidoValue.decode(Source.self, text) {
            case .success(let source):
                if let issue = source.validationIssues().first {
                    problems.append((row.origin, "the source breaks a rule (\(issue.field.isEmpty ? "" : issue.field + ": ")\(issue.message)); dropped"))
                } else {
                    sources.append(source)
                }
            case .failure(let issue): problems.append((row.origin, "the source could not be read (\(issue)); dropped"))
            }
        }
        return (sources, others, problems)
    }

    /// The value metadata rows (`tejido_value`) on the record `key`, by field name.
    func values(of key: String) -> [(field: String, value: String, origin: HSDSOrigin)] {
        rows(.metadata, "resource_id", key).compactMap { row in
            guard row.string("last_action_type") == HSDSConventions.valueAction, let field = row.string("field_name") else { return nil }
            return (field, row.string("replacement_value") ?? "", row.origin)
        }
    }

    /// Reports foreign metadata rows on a record.
    mutating func reportMetadata(_ rows: [HSDSRecord]) {
        for row in rows {
            let what = [row.string("field_name").map { "field '\($0)'" }, row.string("updated_by").map { "by \($0)" }].compactMap { $0 }.joined(separator: " ")
            log.drop(row.origin, nil, "a change record\(what.isEmpty ? "" : " (" + what + ")") has no place in Tejido; dropped")
        }
    }

    /// The id a record of another producer gets: its HSDS id when that is a UUID, else a
    /// name-based UUID over `tejido:hsds:<kind>:<id>`.
    static func uuid(_ key: String, kind: String) -> UUID {
        UUID(uuidString: key) ?? NameBasedUUID.make("tejido:hsds:\(kind):" + key)
    }

    /// Marks a record Tejido wrote, so its empty strings are not reported.
    mutating func markTejido(_ origin: HSDSOrigin) {
        tejidoScopes.insert(Self.scope(origin))
    }

    /// A record's file and top-level element (`organizations-0001.json` + `contents[3]`).
    static func scope(_ origin: HSDSOrigin) -> String {
        let top = origin.record.map { String($0.prefix { $0 != "." }) } ?? ""
        return origin.file + "\u{0}" + top + (origin.line.map { "#\($0)" } ?? "")
    }
}
