import Foundation
import TejidoModel

extension HSDSMapper {
    /// Maps one HSDS service to one `Offering` per Tejido code its taxonomy terms map to (the
    /// first keeps the service's id). A service without terms is classified by its name. Services
    /// that are not `active` (or `temporarily closed`) are not imported.
    mutating func mapService(_ record: HSDSRecord) {
        let origin = record.origin
        currentOrigin = origin
        guard let organizationKey = record.string("organization_id"), let owner = draftByKey[organizationKey] else {
            if let organizationKey = record.string("organization_id") {
                log.drop(origin, "organization_id", rejectedOrganizations.contains(organizationKey)
                    ? "its organization '\(organizationKey)' was rejected; the service is not imported"
                    : "organization '\(organizationKey)' is not in this import; the service is not imported")
            } else {
                log.drop(origin, "organization_id", "the service names no organization, and Tejido keeps services on organizations; not imported")
            }
            return
        }
        if let status = record.string("status"), !["active", "temporarily closed"].contains(status) {
            log.drop(origin, "status", "the service is '\(status)'; only active services are imported")
            return
        }

        var carried: [HSDSTejidoField: (String, HSDSOrigin)] = [:]
        var classifications: [HSDSRecord] = []
        for attribute in attributes(of: record.key, entity: "service") {
            if let field = tejidoField(attribute) {
                if carried[field] == nil { carried[field] = (attribute.fields["value"]?.stringValue ?? "", attribute.origin) }
            } else if attribute.string("taxonomy_term_id") != nil {
                classifications.append(attribute)
            } else {
                log.drop(attribute.origin, nil, "an attribute without a taxonomy term has no place in Tejido; dropped")
            }
        }
        let isTejido = !carried.isEmpty

        var codes: [ServiceCode] = []
        for attribute in classifications {
            let termID = attribute.string("taxonomy_term_id")!
            let term = store.record(.taxonomyTerm, termID)
            usedTerms.insert(termID)
            guard let code = code(forTerm: term, termID: termID) else {
                log.drop(attribute.origin, "taxonomy_term_id", "the term '\(termID)' is in neither this import nor Tejido's taxonomy; dropped")
                continue
            }
            if !codes.contains(code) { codes.append(code) }
        }
        let name = record.string("name")
        if codes.isEmpty {
            guard let name, !name.isBlank else {
                log.reject(origin, "name", "is required but missing: a service needs a name or a taxonomy term to be classified by")
                return
            }
            codes = [code(forName: name)]
        } else if let name, !isTejido, !codes.contains(where: { label($0) == name }) {
            log.drop(origin, "name", "'\(HSDSDocumentReader.excerpt(name))' has no place in Tejido: an offering is named by its service (\(codes.map(\.rawValue).joined(separator: ", "))); dropped")
        }

        func fail(_ field: HSDSTejidoField, _ origin: HSDSOrigin, _ issue: ValidationIssue) {
            log.reject(origin, "value", "\(field.rawValue): \(issue.field.isEmpty ? issue.message : "\(issue.field): \(issue.message)"); the service is not imported")
        }
        func decoded<T: Decodable>(_ field: HSDSTejidoField, _ type: T.Type) -> T?? {
            guard let entry = carried[field] else { return .some(nil) }
            switch HSDSTejidoValue.decode(type, entry.0) {
            case .success(let value): return .some(value)
            case .failure(let issue):
                fail(field, entry.1, issue)
                return nil
            }
        }
        guard let description = decoded(.offeringDescription, LocalizedText.self), let statedLanguages = decoded(.offeringLanguages, [LanguageCode].self),
              let statedAreas = decoded(.offeringAreas, [AreaID].self), let statedModes = decoded(.offeringModes, [Offering.Mode].self)
        else { return }
        var capacity: Int?
        if let entry = carried[.offeringCapacity] {
            guard let value = Int(entry.0.trimmingCharacters(in: .whitespaces)) else {
                fail(.offeringCapacity, entry.1, ValidationIssue("", "'\(entry.0)' is not a whole number"))
                return
            }
            capacity = value
        }
        var coopFluent: Bool?
        if let entry = carried[.offeringCoopFluent] {
            guard let value = HSDSTejidoValue.bool(entry.0) else {
                fail(.offeringCoopFluent, entry.1, ValidationIssue("", "'\(entry.0)' is not true or false"))
                return
            }
            coopFluent = value
        }

        let languages = statedLanguages ?? serviceLanguages(record)
        let areas = statedAreas ?? serviceAreas(record)
        let modes = statedModes ?? serviceModes(record)
        let found = sources(of: record.key)
        for (problemOrigin, reason) in found.problems { log.drop(problemOrigin, "replacement_value", reason) }
        reportMetadata(found.others)
        let sources = found.sources.isEmpty && !isTejido
            ? [Source(document: "hsds:" + origin.file, sourceID: record.hasID ? record.key : nil)]
            : found.sources

        var offering = Offering(
            id: OfferingID(Self.uuid(record.key, kind: "service")), organization: drafts[owner].organization.id, service: codes[0],
            description: description ?? record.string("description").map { ["und": $0] } ?? [:], languages: languages, areas: areas,
            capacityPerMonth: capacity, cost: cost(record), coopFluent: coopFluent, modes: modes, sources: sources
        )
        for (position, code) in codes.enumerated() {
            if position > 0 { offering.id = OfferingID(NameBasedUUID.make("tejido:hsds:service:\(record.key):\(code)")) }
            offering.service = code
            offerings.append((offering, origin))
        }
        serviceOwner[record.key] = owner
        mappedKeys.insert(record.key)
        if !drafts[owner].isTejido {
            for language in languages where !drafts[owner].statedLanguages.contains(language) { drafts[owner].statedLanguages.append(language) }
            for area in areas where !drafts[owner].statedAreas.contains(area) { drafts[owner].statedAreas.append(area) }
        }
    }

    /// The English label of a code, from the import or the taxonomy.
    func label(_ code: ServiceCode) -> String? {
        services.first { $0.code == code }?.labels.values["en"] ?? taxonomy.service(code)?.labels.values["en"]
    }

    /// The languages a foreign service's `language` rows name.
    private mutating func serviceLanguages(_ record: HSDSRecord) -> [LanguageCode] {
        var result: [LanguageCode] = []
        for row in rows(.language, "service_id", record.key) {
            guard let tag = HSDSLanguages.tag(code: row.string("code"), name: row.string("name")) else {
                log.drop(row.origin, "code", "'\(row.string("code") ?? row.string("name") ?? "")' is not a language Tejido can name (a BCP 47 tag such as 'es'); dropped")
                continue
            }
            if !result.contains(tag) { result.append(tag) }
        }
        return result
    }

    /// The Tejido areas a foreign service's `service_area` rows name, by Tejido URI, id or name.
    private mutating func serviceAreas(_ record: HSDSRecord) -> [AreaID] {
        var result: [AreaID] = []
        for row in rows(.serviceArea, "service_id", record.key) {
            guard let area = resolveArea(uri: row.string("uri"), name: row.string("name")) else {
                let label = row.string("name") ?? row.string("uri") ?? "without a name"
                log.drop(row.origin, "name", "service area '\(HSDSDocumentReader.excerpt(label))' is not an area Tejido knows (by urn:tejido:area: URI, id or name); dropped")
                continue
            }
            if !result.contains(area) { result.append(area) }
        }
        return result
    }

    /// An area by its Tejido URI, its id or its name in any language.
    func resolveArea(uri: String?, name: String?) -> AreaID? {
        if let uri, uri.hasPrefix(HSDSConventions.areaURIPrefix) {
            let id = AreaID(String(uri.dropFirst(HSDSConventions.areaURIPrefix.count)))
            if knownAreas.contains(id) { return id }
        }
        guard let name else { return nil }
        if let area = areaTree.resolve(name) { return area.id }
        let id = AreaID(name.lowercased())
        if knownAreas.contains(id) { return id }
        let folded = TextFolding.fold(name)
        return areas.first { $0.names.allTexts.contains { TextFolding.fold($0) == folded } }?.id
    }

    /// How a foreign service is delivered, from its services at locations: at a physical location
    /// in person, at a virtual one remotely.
    private func serviceModes(_ record: HSDSRecord) -> [Offering.Mode] {
        var modes: [Offering.Mode] = []
        for row in rows(.serviceAtLocation, "service_id", record.key) {
            guard let locationKey = row.string("location_id"), let location = store.record(.location, locationKey) else { continue }
            let mode: Offering.Mode = location.string("location_type") == "virtual" ? .remote : .inPerson
            if !modes.contains(mode) { modes.append(mode) }
        }
        return modes
    }

    /// The cost a service's cost options state: an option named `free`, `sliding_scale` or
    /// `paid`, else an amount of 0 (free) or more (paid).
    private mutating func cost(_ record: HSDSRecord) -> Offering.Cost? {
        let options = rows(.costOption, "service_id", record.key)
        for option in options {
            if let text = option.string("option"), let cost = Offering.Cost(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "_")) { return cost }
        }
        for option in options {
            if let amount = option.number("amount") { return amount == 0 ? .free : .paid }
        }
        for option in options {
            log.drop(option.origin, "option", "'\(HSDSDocumentReader.excerpt(option.string("option") ?? ""))' is not a cost Tejido knows (free, sliding_scale, paid); dropped")
        }
        return nil
    }
}
