import Foundation
import TejidoModel

/// Building one draft per row of the record files.
extension CSVImportSession {
    mutating func buildAreas() {
        for var row in rows[.areas] ?? [] {
            let id = row.token("id") ?? ""
            Self.require(id, "id", &row)
            let kind = row.value("kind", Area.Kind.self, noun: "an area kind")
            if row.token("kind") == nil { row.fail("kind", "is required but empty; allowed: \(Area.Kind.allCases.map(\.rawValue).joined(separator: ", "))") }
            let lat = row.double("lat"), lon = row.double("lon")
            var centroid: Area.Point?
            switch (lat, lon) {
            case let (lat?, lon?): centroid = Area.Point(lat: lat, lon: lon)
            case (nil, nil): break
            default:
                if row.token("lat") == nil || row.token("lon") == nil {
                    row.fail(row.token("lat") == nil ? "lat" : "lon", "latitude and longitude go together; give both or neither")
                }
            }
            let area = Area(id: AreaID(id), kind: kind ?? .country, parent: row.token("parent").map { AreaID($0) }, names: row.localized("name"), centroid: centroid)
            var draft = CSVDraft(value: area, row: row, key: id, label: "area '\(id)'")
            if let first = areaByID[id], !id.isEmpty {
                draft.problems.append(row.problem("id", "'\(id)' is also the id on line \(areas[first].row.line); area ids must be unique"))
            } else if !id.isEmpty {
                areaByID[id] = areas.count
            }
            areas.append(draft)
        }
        // Parents are checked once every area of the file is known, so the file's order is free.
        for index in areas.indices {
            guard let parent = areas[index].value.parent else { continue }
            var row = areas[index].row
            row.problems = []
            var references: [CSVReference] = []
            area(parent, "parent", &row, &references)
            areas[index].problems += row.problems
            areas[index].references += references
        }
    }

    mutating func buildOrganizations() {
        for var row in rows[.organizations] ?? [] {
            let slug = row.token("slug") ?? ""
            Self.require(slug, "slug", &row)
            let name = row.text("name") ?? ""
            Self.require(name, "name", &row)
            let explicitID = row.id("id", OrganizationID.self)
            let id = explicitID ?? OrganizationID(Self.derivedID("organization", slug))
            let kinds = row.values("kinds", OrganizationKind.self, noun: "an organization kind")
            let stage = row.value("stage", Stage.self, noun: "a stage")
            let level = row.value("coop_fluency", CoopFluency.Level.self, noun: "a co-op fluency level")
            let clients = row.int("coop_clients")
            if clients != nil, row.token("coop_fluency") == nil { row.fail("coop_clients", "needs a coop_fluency level as well (none, some or expert)") }
            var references: [CSVReference] = []
            let location = Self.hasLocation(row) ? location(&row, &references) : nil
            let serviceAreas = row.list("service_areas").map { AreaID($0) }
            for area in serviceAreas { self.area(area, "service_areas", &row, &references) }
            let organization = Organization(
                id: id, slug: Slug(slug), name: name, description: row.localized("description"), kinds: kinds, legalForm: row.text("legal_form"),
                stage: stage, sectors: row.list("sectors"), website: row.text("website"), email: row.text("email"), phone: row.text("phone"),
                locations: location.map { [$0] } ?? [], serviceAreas: serviceAreas, languages: row.list("languages").map { LanguageCode($0) },
                populationsServed: row.list("populations_served"), coopFluency: level.map { CoopFluency(level: $0, coopClients: clients) },
                acceptsReferrals: row.bool("accepts_referrals") ?? true, sources: []
            )
            var draft = CSVDraft(value: organization, row: row, key: slug, label: "organization '\(slug)'")
            draft.references = references
            if location != nil { draft.parts["locations"] = [row] }
            if !slug.isEmpty, let first = organizationBySlug[slug] {
                draft.problems.append(row.problem("slug", "'\(slug)' is also the slug on line \(organizations[first].row.line); slugs must be unique"))
            } else if let first = organizationByID[id] {
                draft.problems.append(row.problem("id", "'\(id)' is also the id on line \(organizations[first].row.line)"))
            } else {
                if !slug.isEmpty { organizationBySlug[slug] = organizations.count }
                organizationByID[id] = organizations.count
            }
            organizations.append(draft)
        }
    }

    /// Whether any location cell of an `organizations.csv` row is filled.
    static func hasLocation(_ row: CSVRow) -> Bool {
        CSVFile.locationColumns.contains { row.token($0) != nil }
    }

    /// The location in a row's location columns.
    mutating func location(_ row: inout CSVRow, _ references: inout [CSVReference]) -> Location {
        let area = row.token("area").map { AreaID($0) }
        if let area { self.area(area, "area", &row, &references) }
        let lat = row.double("lat"), lon = row.double("lon")
        return Location(
            address: row.text("address"), locality: row.text("locality"), region: row.text("region"), country: row.token("country") ?? "",
            lat: lat, lon: lon, area: area
        )
    }

    mutating func buildOfferings() {
        for var row in rows[.offerings] ?? [] {
            let slug = row.token("organization") ?? "", code = row.token("service") ?? ""
            Self.require(slug, "organization", &row)
            Self.require(code, "service", &row)
            var references: [CSVReference] = []
            let owner = organization(slug, "organization", &row, &references)
            service(ServiceCode(code), &row)
            let key = "\(slug):\(code)"
            let explicitID = row.id("id", OfferingID.self)
            let id = explicitID ?? OfferingID(Self.derivedID("offering", key))
            let areas = row.list("areas").map { AreaID($0) }
            for area in areas { self.area(area, "areas", &row, &references) }
            let offering = Offering(
                id: id, organization: owner ?? OrganizationID(Self.derivedID("organization", slug)), service: ServiceCode(code),
                description: row.localized("description"), languages: row.list("languages").map { LanguageCode($0) }, areas: areas,
                capacityPerMonth: row.int("capacity_per_month"), cost: row.value("cost", Offering.Cost.self, noun: "a cost"),
                coopFluent: row.bool("coop_fluent"), modes: row.values("modes", Offering.Mode.self, noun: "a mode")
            )
            var draft = CSVDraft(value: offering, row: row, key: key, label: "offering '\(key)'")
            draft.references = references
            if let problem = claim(id.uuid, file: .offerings, index: offerings.count, row: row, derived: explicitID == nil, what: "organization and service") {
                draft.problems.append(problem)
            }
            offeringsByKey[key, default: []].append(offerings.count)
            offerings.append(draft)
        }
    }

    mutating func buildNeeds() {
        for var row in rows[.needs] ?? [] {
            let slug = row.token("organization") ?? "", code = row.token("service") ?? ""
            Self.require(slug, "organization", &row)
            Self.require(code, "service", &row)
            var references: [CSVReference] = []
            let owner = organization(slug, "organization", &row, &references)
            service(ServiceCode(code), &row)
            let key = "\(slug):\(code)"
            let explicitID = row.id("id", NeedID.self)
            let id = explicitID ?? NeedID(Self.derivedID("need", key))
            let need = Need(
                id: id, organization: owner ?? OrganizationID(Self.derivedID("organization", slug)), service: ServiceCode(code),
                description: row.localized("description"), urgency: row.value("urgency", Need.Urgency.self, noun: "an urgency") ?? .medium,
                status: row.value("status", Need.Status.self, noun: "a need status") ?? .open, since: row.token("since").map { PartialDate($0) }
            )
            var draft = CSVDraft(value: need, row: row, key: key, label: "need '\(key)'")
            draft.references = references
            if let problem = claim(id.uuid, file: .needs, index: needs.count, row: row, derived: explicitID == nil, what: "organization and service") {
                draft.problems.append(problem)
            }
            needsByKey[key, default: []].append(needs.count)
            needs.append(draft)
        }
    }

    mutating func buildRelationships() {
        for var row in rows[.relationships] ?? [] {
            let fromSlug = row.token("from") ?? "", toSlug = row.token("to") ?? ""
            Self.require(fromSlug, "from", &row)
            Self.require(toSlug, "to", &row)
            let kind = row.value("kind", Relationship.Kind.self, noun: "a relationship kind")
            if row.token("kind") == nil {
                row.fail("kind", "is required but empty; allowed: \(Relationship.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var references: [CSVReference] = []
            let from = organization(fromSlug, "from", &row, &references)
            let to = organization(toSlug, "to", &row, &references)
            let key = "\(fromSlug):\(kind?.rawValue ?? row.token("kind") ?? ""):\(toSlug)"
            let explicitID = row.id("id", RelationshipID.self)
            let id = explicitID ?? RelationshipID(Self.derivedID("relationship", key))
            let relationship = Relationship(
                id: id, kind: kind ?? .collaboratedWith, from: from ?? OrganizationID(Self.derivedID("organization", fromSlug)),
                to: to ?? OrganizationID(Self.derivedID("organization", toSlug)), since: row.token("since").map { PartialDate($0) },
                until: row.token("until").map { PartialDate($0) }, weight: row.double("weight"), note: row.localized("note")
            )
            var draft = CSVDraft(value: relationship, row: row, key: key, label: "relationship '\(key)'")
            draft.references = references
            if let problem = claim(id.uuid, file: .relationships, index: relationships.count, row: row, derived: explicitID == nil, what: "from, kind and to") {
                draft.problems.append(problem)
            }
            relationshipsByKey[key, default: []].append(relationships.count)
            relationships.append(draft)
        }
    }
}
