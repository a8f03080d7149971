import Foundation
import TejidoModel

/// Writes a dataset as Tejido's spreadsheet files (documented in `docs/interchange-csv.md`), one
/// file per record type plus the files that hold the items of an organization's or record's lists:
/// `organizations.csv`, `offerings.csv`, `needs.csv`, `relationships.csv`, `areas.csv`,
/// `sources.csv`, `alternate_names.csv`, `locations.csv`, and, only when private fields are asked
/// for, `contacts.csv`. ``CSVImporter`` reads them back to the same records.
///
/// Every file is UTF-8 with a byte-order mark and CRLF line ends, quoted where a cell needs it,
/// with cells a spreadsheet would run as formulas guarded (``CSVWriter``, ``CSVFormulaGuard``).
/// Activity reports, referrals and the taxonomy are not written: the format has no place for them.
public enum CSVExporter {
    /// Writes the files into `directory` (created if missing), replacing files of the same names.
    ///
    /// - Parameter includePrivate: whether to write `contacts.csv`, which holds personal data. A
    ///   `contacts.csv` already in the folder is left as it is when this is `false`.
    /// - Returns: the names of the files written, in the order written.
    /// - Throws: ``CSVError/unknownOrganization(_:referencedBy:)`` when a record points to an
    ///   organization the dataset lacks; ``CSVError/cannotWrite(file:reason:)``.
    @discardableResult
    public static func export(_ dataset: DirectoryDataset, to directory: URL, includePrivate: Bool) throws -> [String] {
        let tables = try tables(for: dataset, includePrivate: includePrivate)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CSVError.cannotWrite(file: directory.path, reason: error.localizedDescription)
        }
        var written: [String] = []
        for (file, rows) in tables {
            var writer = CSVWriter()
            for row in rows { writer.append(row) }
            do {
                try writer.data.write(to: directory.appendingPathComponent(file.fileName), options: .atomic)
            } catch {
                throw CSVError.cannotWrite(file: file.fileName, reason: error.localizedDescription)
            }
            written.append(file.fileName)
        }
        return written
    }

    /// Every file's records, header first, cells unguarded.
    static func tables(for dataset: DirectoryDataset, includePrivate: Bool) throws -> [(file: CSVFile, rows: [[String]])] {
        let slugs = Dictionary(dataset.organizations.map { ($0.id, $0.slug.rawValue) }, uniquingKeysWith: { first, _ in first })
        func slug(_ id: OrganizationID, _ record: String) throws -> String {
            guard let slug = slugs[id] else { throw CSVError.unknownOrganization(id, referencedBy: record) }
            return slug
        }
        func languages(_ texts: [LocalizedText]) -> Set<String> { Set(texts.flatMap(\.values.keys).map(CSVHeader.canonical)) }
        func table(_ file: CSVFile, extra: [String: Set<String>] = [:], _ rows: [[String: String]]) -> (file: CSVFile, rows: [[String]]) {
            let header = file.header(extraLanguages: extra)
            return (file, [header] + rows.map { values in header.map { values[$0] ?? "" } })
        }

        var organizationRows: [[String: String]] = [], alternateNameRows: [[String: String]] = [], locationRows: [[String: String]] = []
        var contactRows: [[String: String]] = [], sourceRows: [[String: String]] = []
        func addSources(_ sources: [Source], entity: String, record: String) {
            sourceRows += sources.map { source in
                ["entity": entity, "record": record, "document": source.document, "quote": source.quote ?? "", "language": source.language?.rawValue ?? "",
                 "date": source.date?.rawValue ?? "", "source_id": source.sourceID ?? ""]
            }
        }
        for organization in dataset.organizations {
            let slug = organization.slug.rawValue
            var row = [
                "id": organization.id.description, "slug": slug, "name": organization.name, "kinds": CSVList.join(organization.kinds.map(\.rawValue)),
                "legal_form": organization.legalForm ?? "", "stage": organization.stage?.rawValue ?? "", "sectors": CSVList.join(organization.sectors),
                "website": organization.website ?? "", "email": organization.email ?? "", "phone": organization.phone ?? "",
                "service_areas": CSVList.join(organization.serviceAreas.map(\.rawValue)), "languages": CSVList.join(organization.languages.map(\.rawValue)),
                "populations_served": CSVList.join(organization.populationsServed), "coop_fluency": organization.coopFluency?.level.rawValue ?? "",
                "coop_clients": organization.coopFluency?.coopClients.map(String.init) ?? "", "accepts_referrals": String(organization.acceptsReferrals),
            ]
            row.merge(localized(organization.description, "description"), uniquingKeysWith: { $1 })
            if let first = organization.locations.first { row.merge(location(first), uniquingKeysWith: { $1 }) }
            organizationRows.append(row)
            for location in organization.locations.dropFirst() { locationRows.append(self.location(location).merging(["organization": slug], uniquingKeysWith: { $1 })) }
            alternateNameRows += organization.alternateNames.map { name in
                ["organization": slug, "name": name.name, "language": name.language?.rawValue ?? "", "kind": name.kind.rawValue]
            }
            contactRows += organization.contacts.map { contact in
                ["organization": slug, "name": contact.name, "role": contact.role ?? "", "email": contact.email ?? "", "phone": contact.phone ?? ""]
            }
            addSources(organization.sources, entity: "organization", record: slug)
        }

        // A source names its offering, need or relationship by natural key when that key is unique, else by id.
        func reference(_ key: String, _ id: String, _ counts: [String: Int]) -> String { counts[key] == 1 ? key : id }
        let offeringKeys = try dataset.offerings.map { "\(try slug($0.organization, "offering \($0.id)")):\($0.service)" }
        let offeringCounts = offeringKeys.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        var offeringRows: [[String: String]] = []
        for (offering, key) in zip(dataset.offerings, offeringKeys) {
            var row = [
                "id": offering.id.description, "organization": String(key.prefix { $0 != ":" }), "service": offering.service.rawValue,
                "languages": CSVList.join(offering.languages.map(\.rawValue)), "areas": CSVList.join(offering.areas.map(\.rawValue)),
                "capacity_per_month": offering.capacityPerMonth.map(String.init) ?? "", "cost": offering.cost?.rawValue ?? "",
                "coop_fluent": offering.coopFluent.map { String($0) } ?? "", "modes": CSVList.join(offering.modes.map(\.rawValue)),
            ]
            row.merge(localized(offering.description, "description"), uniquingKeysWith: { $1 })
            offeringRows.append(row)
            addSources(offering.sources, entity: "offering", record: reference(key, offering.id.description, offeringCounts))
        }

        let needKeys = try dataset.needs.map { "\(try slug($0.organization, "need \($0.id)")):\($0.service)" }
        let needCounts = needKeys.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        var needRows: [[String: String]] = []
        for (need, key) in zip(dataset.needs, needKeys) {
            var row = [
                "id": need.id.description, "organization": String(key.prefix { $0 != ":" }), "service": need.service.rawValue,
                "urgency": need.urgency.rawValue, "status": need.status.rawValue, "since": need.since?.rawValue ?? "",
            ]
            row.merge(localized(need.description, "description"), uniquingKeysWith: { $1 })
            needRows.append(row)
            addSources(need.sources, entity: "need", record: reference(key, need.id.description, needCounts))
        }

        var relationshipRows: [[String: String]] = []
        let relationshipEnds = try dataset.relationships.map { relationship in
            (try slug(relationship.from, "relationship \(relationship.id)"), try slug(relationship.to, "relationship \(relationship.id)"))
        }
        let relationshipKeys = zip(dataset.relationships, relationshipEnds).map { relationship, ends in "\(ends.0):\(relationship.kind.rawValue):\(ends.1)" }
        let relationshipCounts = relationshipKeys.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        for (index, relationship) in dataset.relationships.enumerated() {
            var row = [
                "id": relationship.id.description, "from": relationshipEnds[index].0, "kind": relationship.kind.rawValue, "to": relationshipEnds[index].1,
                "since": relationship.since?.rawValue ?? "", "until": relationship.until?.rawValue ?? "", "weight": relationship.weight.map { "\($0)" } ?? "",
            ]
            row.merge(localized(relationship.note, "note"), uniquingKeysWith: { $1 })
            relationshipRows.append(row)
            addSources(relationship.sources, entity: "relationship", record: reference(relationshipKeys[index], relationship.id.description, relationshipCounts))
        }

        var areaRows: [[String: String]] = []
        for area in dataset.areas {
            var row = [
                "id": area.id.rawValue, "kind": area.kind.rawValue, "parent": area.parent?.rawValue ?? "",
                "lat": area.centroid.map { "\($0.lat)" } ?? "", "lon": area.centroid.map { "\($0.lon)" } ?? "",
            ]
            row.merge(localized(area.names, "name"), uniquingKeysWith: { $1 })
            areaRows.append(row)
            addSources(area.sources, entity: "area", record: area.id.rawValue)
        }

        let tables = [
            table(.organizations, extra: ["description": languages(dataset.organizations.map(\.description))], organizationRows),
            table(.offerings, extra: ["description": languages(dataset.offerings.map(\.description))], offeringRows),
            table(.needs, extra: ["description": languages(dataset.needs.map(\.description))], needRows),
            table(.relationships, extra: ["note": languages(dataset.relationships.map(\.note))], relationshipRows),
            table(.areas, extra: ["name": languages(dataset.areas.map(\.names))], areaRows),
            table(.sources, sourceRows),
            table(.alternateNames, alternateNameRows),
            table(.locations, locationRows),
            table(.contacts, contactRows),
        ]
        return tables.filter { includePrivate || !$0.file.isPrivate }
    }

    /// The cells of a localized family: `<family>_<language>` for every language with text, the
    /// tag's primary subtag lower-cased as the importer reads it.
    static func localized(_ text: LocalizedText, _ family: String) -> [String: String] {
        Dictionary(text.values.sorted { $0.key < $1.key }.map { (family + "_" + CSVHeader.canonical($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The location columns of one location.
    static func location(_ location: Location) -> [String: String] {
        [
            "address": location.address ?? "", "locality": location.locality ?? "", "region": location.region ?? "", "country": location.country,
            "lat": location.lat.map { "\($0)" } ?? "", "lon": location.lon.map { "\($0)" } ?? "", "area": location.area?.rawValue ?? "",
        ]
    }
}
