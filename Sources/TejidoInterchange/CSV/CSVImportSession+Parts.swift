import Foundation
import TejidoModel

/// Attaching the rows of the part files (sources, alternate names, locations, contacts) to the
/// records they complete. A part row's problems reject its record; a part row naming no record is a
/// problem of its own.
extension CSVImportSession {
    /// The record a `sources.csv` row names.
    enum Owner {
        case area(Int), organization(Int), offering(Int), need(Int), relationship(Int)
    }

    /// The entities a source may belong to.
    static let sourceEntities = ["organization", "offering", "need", "relationship", "area"]

    mutating func attachSources() {
        for var row in rows[.sources] ?? [] {
            let entity = row.token("entity")?.lowercased() ?? "", record = row.token("record") ?? ""
            Self.require(entity, "entity", &row)
            Self.require(record, "record", &row)
            let source = Source(
                document: row.text("document") ?? "", quote: row.text("quote"), language: row.token("language").map { LanguageCode($0) },
                date: row.token("date").map { PartialDate($0) }, sourceID: row.text("source_id")
            )
            guard !entity.isEmpty, !record.isEmpty else {
                loose += row.problems
                continue
            }
            if let target = CSVFile.allCases.first(where: { $0.holdsRecords && $0.entity == entity }),
                namesUnreadable(target, noun: entity, key: record, column: "record", row)
            {
                continue
            }
            guard let owner = owner(entity: entity, record: record, &row) else {
                loose += row.problems
                continue
            }
            switch owner {
            case .area(let index): attach(source, row, to: &areas[index], list: "sources") { $0.sources.append($1) }
            case .organization(let index): attach(source, row, to: &organizations[index], list: "sources") { $0.sources.append($1) }
            case .offering(let index): attach(source, row, to: &offerings[index], list: "sources") { $0.sources.append($1) }
            case .need(let index): attach(source, row, to: &needs[index], list: "sources") { $0.sources.append($1) }
            case .relationship(let index): attach(source, row, to: &relationships[index], list: "sources") { $0.sources.append($1) }
            }
        }
    }

    /// Adds a part row's item to its record, and the row's problems to the record's, naming the record.
    func attach<Value, Item>(_ item: Item, _ row: CSVRow, to draft: inout CSVDraft<Value>, list: String, _ append: (inout Value, Item) -> Void) {
        append(&draft.value, item)
        draft.parts[list, default: []].append(row)
        draft.problems += row.problems.map { problem in
            var problem = problem
            problem.record = draft.label
            return problem
        }
    }

    /// The record a source row names: by id, or by slug, area id or natural key.
    mutating func owner(entity: String, record: String, _ row: inout CSVRow) -> Owner? {
        func byKey(_ file: CSVFile, _ noun: String, _ keys: [String: [Int]], _ make: (Int) -> Owner, shape: String) -> Owner? {
            if let uuid = UUID(uuidString: record) {
                if let place = recordIDs[uuid], place.file == file { return make(place.index) }
                row.fail("record", "no \(noun) has the id '\(record)'" + missing(file, among: [], for: record))
                return nil
            }
            let matches = keys[record] ?? []
            if matches.count == 1 { return make(matches[0]) }
            if matches.isEmpty {
                row.fail("record", "no \(noun) '\(record)'" + missing(file, among: Array(keys.keys), for: record) + (record.contains(":") ? "" : " (name it by id or as \(shape))"))
            } else {
                let lines = matches.map { String(rowLine(file, $0)) }.joined(separator: ", ")
                row.fail("record", "'\(record)' names \(matches.count) \(noun)s (\(file.fileName) lines \(lines)); name it by its id instead")
            }
            return nil
        }
        switch entity {
        case "organization":
            if let index = organizationBySlug[record] ?? OrganizationID(record).flatMap({ organizationByID[$0] }) { return .organization(index) }
            row.fail("record", "no organization '\(record)'" + missing(.organizations, among: Array(organizationBySlug.keys), for: record))
        case "area":
            if let index = areaByID[record] { return .area(index) }
            row.fail("record", "no area '\(record)'" + missing(.areas, among: Array(areaByID.keys), for: record))
        case "offering":
            return byKey(.offerings, "offering", offeringsByKey, Owner.offering, shape: "organization:service")
        case "need":
            return byKey(.needs, "need", needsByKey, Owner.need, shape: "organization:service")
        case "relationship":
            return byKey(.relationships, "relationship", relationshipsByKey, Owner.relationship, shape: "from:kind:to")
        default:
            let hint = CloseMatch.best(for: entity, among: Self.sourceEntities).map { "did you mean '\($0)'? " } ?? ""
            row.fail("entity", "'\(entity)' is not an entity a source can belong to; \(hint)allowed: \(Self.sourceEntities.joined(separator: ", "))")
        }
        return nil
    }

    func rowLine(_ file: CSVFile, _ index: Int) -> Int {
        switch file {
        case .offerings: offerings[index].row.line
        case .needs: needs[index].row.line
        case .relationships: relationships[index].row.line
        default: 0
        }
    }

    /// The organization a part row names, or a loose problem.
    mutating func partOwner(_ row: inout CSVRow) -> Int? {
        let slug = row.token("organization") ?? ""
        Self.require(slug, "organization", &row)
        if !slug.isEmpty {
            if namesUnreadable(.organizations, noun: "organization", key: slug, column: "organization", row) { return nil }
            if let index = organizationBySlug[slug] { return index }
            row.fail("organization", "no organization '\(slug)'" + missing(.organizations, among: Array(organizationBySlug.keys), for: slug))
        }
        loose += row.problems
        return nil
    }

    mutating func attachAlternateNames() {
        for var row in rows[.alternateNames] ?? [] {
            let kind = row.value("kind", AlternateName.Kind.self, noun: "an alternate name kind") ?? .other
            let name = AlternateName(name: row.text("name") ?? "", language: row.token("language").map { LanguageCode($0) }, kind: kind)
            guard let index = partOwner(&row) else { continue }
            attach(name, row, to: &organizations[index], list: "alternate_names") { $0.alternateNames.append($1) }
        }
    }

    mutating func attachLocations() {
        for var row in rows[.locations] ?? [] {
            Self.require(row.token("country"), "country", &row)
            var references: [CSVReference] = []
            let location = location(&row, &references)
            guard let index = partOwner(&row) else { continue }
            attach(location, row, to: &organizations[index], list: "locations") { $0.locations.append($1) }
            organizations[index].references += references
        }
    }

    mutating func attachContacts() {
        for var row in rows[.contacts] ?? [] {
            let contact = Contact(name: row.text("name") ?? "", role: row.text("role"), email: row.text("email"), phone: row.text("phone"))
            guard let index = partOwner(&row) else { continue }
            attach(contact, row, to: &organizations[index], list: "contacts") { $0.contacts.append($1) }
        }
    }
}
