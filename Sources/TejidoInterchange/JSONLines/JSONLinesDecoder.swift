import Foundation
import CJansson
import TejidoModel

/// Reads one JSON Lines record from its parsed jansson tree. Organizations, relationships and
/// referrals are read field by field from jansson's structures; the rare kinds (services, areas,
/// reports) go through `JSONDecoder` on the line's bytes. Every failure names the field.
struct JSONLinesDecoder {
    /// A field that could not be read.
    struct FieldProblem: Error {
        let field: String
        let reason: String
    }

    func decode(_ root: JanssonNode, line: UnsafeRawBufferPointer) throws(FieldProblem) -> JSONLinesRecord {
        guard root.type == JSON_OBJECT else { throw FieldProblem(field: "", reason: "each line must be a JSON object, not \(root.typeName)") }
        let type = try string(root, "type")
        switch type {
        case "organization": return try organization(root)
        case "relationship": return .relationship(try relationship(root))
        case "referral": return .referral(try referral(root))
        case "service": return .service(try slow(Service.self, line))
        case "area": return .area(try slow(Area.self, line))
        case "activity_report": return .activityReport(try slow(ActivityReport.self, line))
        default:
            throw FieldProblem(field: "type", reason: "'\(type)' is not a record type; use organization, relationship, referral, service, area or activity_report")
        }
    }

    private func slow<T: Decodable>(_ type: T.Type, _ line: UnsafeRawBufferPointer) throws(FieldProblem) -> T {
        do {
            return try TejidoJSON.decoder().decode(T.self, from: Data(line))
        } catch let error as DecodingError {
            let issue = JSONRecordDecoder.issue(for: error)
            throw FieldProblem(field: issue.field, reason: issue.message)
        } catch {
            throw FieldProblem(field: "", reason: "\(error)")
        }
    }

    // MARK: Records

    private func organization(_ node: JanssonNode) throws(FieldProblem) -> JSONLinesRecord {
        let id = try uuid(node, "id", OrganizationID.self)
        var organization = Organization(id: id, slug: Slug(try string(node, "slug")), name: try string(node, "name"), kinds: [], sources: [])
        organization.alternateNames = try list(node, "alternate_names") { element, field throws(FieldProblem) in
            AlternateName(
                name: try string(element, "name", field), language: try optionalString(element, "language", field).map { LanguageCode($0) },
                kind: try enumeration(element, "kind", field, AlternateName.Kind.self) ?? .other)
        }
        organization.description = try localized(node, "description")
        organization.kinds = try list(node, "kinds") { element, field throws(FieldProblem) in try enumValue(element, field, OrganizationKind.self) }
        organization.legalForm = try optionalString(node, "legal_form")
        organization.stage = try enumeration(node, "stage", .root, Stage.self)
        organization.sectors = try strings(node, "sectors")
        organization.website = try optionalString(node, "website")
        organization.email = try optionalString(node, "email")
        organization.phone = try optionalString(node, "phone")
        organization.locations = try list(node, "locations") { element, field throws(FieldProblem) in
            Location(
                address: try optionalString(element, "address", field), locality: try optionalString(element, "locality", field),
                region: try optionalString(element, "region", field), country: try string(element, "country", field),
                lat: try optionalNumber(element, "lat", field), lon: try optionalNumber(element, "lon", field),
                area: try optionalString(element, "area", field).map { AreaID($0) })
        }
        organization.serviceAreas = try strings(node, "service_areas").map { AreaID($0) }
        organization.languages = try strings(node, "languages").map { LanguageCode($0) }
        organization.populationsServed = try strings(node, "populations_served")
        if let fluency = node["coop_fluency"] {
            organization.coopFluency = CoopFluency(
                level: try enumeration(fluency, "level", .named("coop_fluency"), CoopFluency.Level.self) ?? .none,
                coopClients: try optionalInteger(fluency, "coop_clients", .named("coop_fluency")))
        }
        organization.acceptsReferrals = try optionalBool(node, "accepts_referrals") ?? true
        organization.contacts = try list(node, "contacts") { element, field throws(FieldProblem) in
            Contact(
                name: try string(element, "name", field), role: try optionalString(element, "role", field),
                email: try optionalString(element, "email", field), phone: try optionalString(element, "phone", field))
        }
        organization.sources = try sources(node, "sources")
        let offerings = try list(node, "offerings") { element, field throws(FieldProblem) in
            Offering(
                id: try uuid(element, "id", OfferingID.self, field), organization: id, service: ServiceCode(try string(element, "service", field)),
                description: try localized(element, "description", field), languages: try strings(element, "languages", field).map { LanguageCode($0) },
                areas: try strings(element, "areas", field).map { AreaID($0) }, capacityPerMonth: try optionalInteger(element, "capacity_per_month", field),
                cost: try enumeration(element, "cost", field, Offering.Cost.self), coopFluent: try optionalBool(element, "coop_fluent", field),
                modes: try strings(element, "modes", field).map { (mode) throws(FieldProblem) in
                    guard let value = Offering.Mode(rawValue: mode) else { throw invalid(field.text + ".modes", mode, Offering.Mode.self) }
                    return value
                },
                sources: try sources(element, "sources", field))
        }
        let needs = try list(node, "needs") { element, field throws(FieldProblem) in
            Need(
                id: try uuid(element, "id", NeedID.self, field), organization: id, service: ServiceCode(try string(element, "service", field)),
                description: try localized(element, "description", field), urgency: try enumeration(element, "urgency", field, Need.Urgency.self) ?? .medium,
                status: try enumeration(element, "status", field, Need.Status.self) ?? .open,
                since: try optionalString(element, "since", field).map { PartialDate($0) }, sources: try sources(element, "sources", field))
        }
        return .organization(organization, offerings: offerings, needs: needs)
    }

    private func relationship(_ node: JanssonNode) throws(FieldProblem) -> Relationship {
        guard let kind = try enumeration(node, "kind", .root, Relationship.Kind.self) else { throw FieldProblem(field: "kind", reason: "is required but missing") }
        return Relationship(
            id: try uuid(node, "id", RelationshipID.self), kind: kind,
            from: try uuid(node, "from", OrganizationID.self), to: try uuid(node, "to", OrganizationID.self),
            since: try optionalString(node, "since").map { PartialDate($0) }, until: try optionalString(node, "until").map { PartialDate($0) },
            weight: try optionalNumber(node, "weight"), note: try localized(node, "note"), sources: try sources(node, "sources"))
    }

    private func referral(_ node: JanssonNode) throws(FieldProblem) -> Referral {
        var referral = Referral(
            id: try uuid(node, "id", ReferralID.self), referrer: try uuid(node, "referrer", OrganizationID.self),
            client: try uuid(node, "client", OrganizationID.self), provider: try uuid(node, "provider", OrganizationID.self),
            service: ServiceCode(try string(node, "service")), need: try optionalUUID(node, "need", NeedID.self),
            message: try optionalString(node, "message"), notes: try optionalString(node, "notes"),
            status: try enumeration(node, "status", .root, Referral.Status.self) ?? .proposed)
        if let outcome = node["outcome"] {
            guard let result = try enumeration(outcome, "result", .named("outcome"), Referral.Outcome.Result.self) else {
                throw FieldProblem(field: "outcome.result", reason: "is required but missing")
            }
            referral.outcome = Referral.Outcome(result: result, rating: try optionalInteger(outcome, "rating", .named("outcome")))
        }
        referral.history = try list(node, "history") { element, field throws(FieldProblem) in
            let text = try string(element, "at", field)
            guard let at = Timestamp.parse(text) else { throw FieldProblem(field: field.text + ".at", reason: "'\(text)' is not a UTC timestamp such as 2024-02-02T10:30:00Z") }
            guard let status = try enumeration(element, "status", field, Referral.Status.self) else { throw FieldProblem(field: field.text + ".status", reason: "is required but missing") }
            return Referral.Transition(status: status, at: at)
        }
        return referral
    }

    // MARK: Fields

    private func path(_ parent: FieldPath, _ key: StaticString) -> String {
        let prefix = parent.text
        return prefix.isEmpty ? "\(key)" : prefix + ".\(key)"
    }

    private func string(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> String {
        guard let value = node[key] else { throw FieldProblem(field: path(parent, key), reason: "is required but missing") }
        guard let text = value.string else { throw FieldProblem(field: path(parent, key), reason: "must be a string, not \(value.typeName)") }
        return text
    }

    private func optionalString(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> String? {
        guard let value = node[key] else { return nil }
        guard let text = value.string else { throw FieldProblem(field: path(parent, key), reason: "must be a string, not \(value.typeName)") }
        return text
    }

    private func optionalNumber(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> Double? {
        guard let value = node[key] else { return nil }
        guard let number = value.number else { throw FieldProblem(field: path(parent, key), reason: "must be a number, not \(value.typeName)") }
        return number
    }

    private func optionalInteger(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> Int? {
        guard let value = node[key] else { return nil }
        guard let number = value.integer else { throw FieldProblem(field: path(parent, key), reason: "must be a whole number, not \(value.typeName)") }
        return number
    }

    private func optionalBool(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> Bool? {
        guard let value = node[key] else { return nil }
        guard let flag = value.bool else { throw FieldProblem(field: path(parent, key), reason: "must be true or false, not \(value.typeName)") }
        return flag
    }

    private func uuid<T>(_ node: JanssonNode, _ key: StaticString, _ type: EntityID<T>.Type, _ parent: FieldPath = .root) throws(FieldProblem) -> EntityID<T> {
        // Read from jansson's bytes: an id becomes a UUID without becoming a String first.
        if let bytes = node[key]?.utf8, let id = EntityID<T>(utf8: bytes) { return id }
        let text = try string(node, key, parent)
        throw FieldProblem(field: path(parent, key), reason: "'\(text)' is not a UUID")
    }

    private func optionalUUID<T>(_ node: JanssonNode, _ key: StaticString, _ type: EntityID<T>.Type) throws(FieldProblem) -> EntityID<T>? {
        guard node[key] != nil else { return nil }
        return try uuid(node, key, type)
    }

    private func invalid<E: RawRepresentable & CaseIterable>(_ field: String, _ value: String, _ type: E.Type) -> FieldProblem where E.RawValue == String {
        FieldProblem(field: field, reason: "'\(value)' is not allowed; use one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    private func enumeration<E: RawRepresentable & CaseIterable>(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath, _ type: E.Type) throws(FieldProblem) -> E?
    where E.RawValue == String {
        guard let text = try optionalString(node, key, parent) else { return nil }
        guard let value = E(rawValue: text) else { throw invalid(path(parent, key), text, E.self) }
        return value
    }

    private func enumValue<E: RawRepresentable & CaseIterable>(_ node: JanssonNode, _ field: FieldPath, _ type: E.Type) throws(FieldProblem) -> E where E.RawValue == String {
        guard let text = node.string else { throw FieldProblem(field: field.text, reason: "must be a string, not \(node.typeName)") }
        guard let value = E(rawValue: text) else { throw invalid(field.text, text, E.self) }
        return value
    }

    private func list<T>(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root, _ element: (JanssonNode, FieldPath) throws(FieldProblem) -> T) throws(FieldProblem) -> [T] {
        guard let value = node[key] else { return [] }
        guard let elements = value.elements else { throw FieldProblem(field: path(parent, key), reason: "must be a list, not \(value.typeName)") }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        // Each element's name (`offerings[2]`) is spelled out only if a problem needs it.
        let prefix = parent.text
        for (index, item) in elements.enumerated() { result.append(try element(item, FieldPath(prefix: prefix, key: key, index: index))) }
        return result
    }

    private func strings(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> [String] {
        try list(node, key, parent) { element, field throws(FieldProblem) in
            guard let text = element.string else { throw FieldProblem(field: field.text, reason: "must be a string, not \(element.typeName)") }
            return text
        }
    }

    private func localized(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> LocalizedText {
        guard let value = node[key] else { return [:] }
        guard let members = value.members else { throw FieldProblem(field: path(parent, key), reason: "must be an object of texts by language, not \(value.typeName)") }
        var texts: [String: String] = [:]
        for (language, text) in members {
            guard let string = text.string else { throw FieldProblem(field: path(parent, key) + "." + language, reason: "must be a string, not \(text.typeName)") }
            texts[language] = string
        }
        return LocalizedText(texts)
    }

    private func sources(_ node: JanssonNode, _ key: StaticString, _ parent: FieldPath = .root) throws(FieldProblem) -> [Source] {
        try list(node, key, parent) { element, field throws(FieldProblem) in
            Source(
                document: try string(element, "document", field), quote: try optionalString(element, "quote", field),
                language: try optionalString(element, "language", field).map { LanguageCode($0) },
                date: try optionalString(element, "date", field).map { PartialDate($0) }, sourceID: try optionalString(element, "source_id", field))
        }
    }
}

/// Where a field sits in a record, for problem reports: spelled out (`offerings[2].sources[0]`)
/// only when a problem names it, not for every list element read.
struct FieldPath {
    /// The path of what holds the list, already spelled out ("" at the top of a record).
    let prefix: String
    /// The list's key, or "" for a field that is not a list element.
    let key: StaticString
    /// The element's position in the list; -1 when not in a list.
    let index: Int

    static let root = FieldPath(prefix: "", key: "", index: -1)

    /// An object nested directly under the record, such as `coop_fluency`.
    static func named(_ name: String) -> FieldPath { FieldPath(prefix: name, key: "", index: -1) }

    var text: String {
        guard index >= 0 else { return prefix }
        return (prefix.isEmpty ? "\(key)" : prefix + ".\(key)") + "[\(index)]"
    }
}
