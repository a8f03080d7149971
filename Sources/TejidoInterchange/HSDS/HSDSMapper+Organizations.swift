import Foundation
import TejidoModel

extension HSDSMapper {
    /// Maps one HSDS organization. Its name is required (an organization without one is
    /// rejected); the id is the HSDS id when it is a UUID. Tejido attributes, when present, give
    /// back every Tejido field; otherwise the organization is of kind `other`, described in an
    /// undetermined language (`und`), and rests on a source naming the HSDS file and id.
    mutating func mapOrganization(_ record: HSDSRecord) {
        let origin = record.origin
        guard let name = record.fields["name"]?.stringValue else {
            log.reject(origin, "name", record.fields["name"] == nil && !log.emptyStrings.contains(where: { $0.origin == origin && $0.problem.field == "name" })
                ? "is required but missing" : "is required and may not be blank")
            rejectedOrganizations.insert(record.key)
            return
        }
        guard !name.isBlank else {
            log.reject(origin, "name", "is required and may not be blank")
            rejectedOrganizations.insert(record.key)
            return
        }
        let id: UUID
        if record.hasID {
            id = Self.uuid(record.key, kind: "organization")
        } else {
            id = NameBasedUUID.make("tejido:hsds:organization-name:" + name)
            log.drop(origin, "id", "is missing; the organization's id is derived from its name")
        }
        var organization = Organization(id: OrganizationID(id), slug: "", name: name, kinds: [.other], sources: [])
        organization.legalForm = record.string("legal_status")

        // Tejido attributes.
        var carried: [HSDSTejidoField: (String, HSDSOrigin)] = [:]
        var records: [(HSDSTejidoField, String, HSDSOrigin)] = []
        for attribute in attributes(of: record.key, entity: "organization") {
            guard let field = tejidoField(attribute) else {
                let term = attribute.string("taxonomy_term_id").flatMap { store.record(.taxonomyTerm, $0) }
                let label = term?.string("name") ?? term?.string("code") ?? attribute.string("taxonomy_term_id") ?? "without a term"
                log.drop(attribute.origin, nil, "attribute '\(label)'\(attribute.string("value").map { " = '\(HSDSDocumentReader.excerpt($0))'" } ?? "") has no place on a Tejido organization; dropped")
                continue
            }
            let value = attribute.fields["value"]?.stringValue ?? ""
            switch field {
            case .need, .relationship, .activityReport, .referral: records.append((field, value, attribute.origin))
            default:
                if carried[field] != nil {
                    log.drop(attribute.origin, "value", "a second '\(field.rawValue)' attribute; the first is kept")
                } else {
                    carried[field] = (value, attribute.origin)
                }
            }
        }
        let isTejido = carried[.slug] != nil
        if isTejido { markTejido(origin) }

        func fail(_ field: HSDSTejidoField, _ origin: HSDSOrigin, _ reason: String) {
            log.reject(origin, "value", "\(field.rawValue): \(reason); the organization is not imported")
        }
        func decoded<T: Decodable>(_ field: HSDSTejidoField, _ type: T.Type) -> T?? {
            guard let entry = carried[field] else { return .some(nil) }
            let (value, origin) = entry
            switch HSDSTejidoValue.decode(type, value) {
            case .success(let result): return .some(result)
            case .failure(let issue):
                fail(field, origin, issue.field.isEmpty ? issue.message : "\(issue.field): \(issue.message)")
                return nil
            }
        }
        guard let kinds = decoded(.kinds, [OrganizationKind].self), let alternateNames = decoded(.alternateNames, [AlternateName].self),
              let description = decoded(.description, LocalizedText.self), let sectors = decoded(.sectors, [String].self),
              let languages = decoded(.languages, [LanguageCode].self), let serviceAreas = decoded(.serviceAreas, [AreaID].self),
              let populations = decoded(.populationsServed, [String].self), let fluency = decoded(.coopFluency, CoopFluency.self)
        else {
            rejectedOrganizations.insert(record.key)
            return
        }
        if let slug = carried[.slug] { organization.slug = Slug(slug.0) }
        if let kinds { organization.kinds = kinds } else if isTejido { organization.kinds = [] }
        if let entry = carried[.stage] {
            let (value, attributeOrigin) = entry
            guard let stage = Stage(rawValue: value) else {
                fail(.stage, attributeOrigin, "'\(value)' is not a stage (\(Stage.allCases.map(\.rawValue).joined(separator: ", ")))")
                rejectedOrganizations.insert(record.key)
                return
            }
            organization.stage = stage
        }
        if let entry = carried[.acceptsReferrals] {
            let (value, attributeOrigin) = entry
            guard let accepts = HSDSTejidoValue.bool(value) else {
                fail(.acceptsReferrals, attributeOrigin, "'\(value)' is not true or false")
                rejectedOrganizations.insert(record.key)
                return
            }
            organization.acceptsReferrals = accepts
        }
        if let alternateNames {
            organization.alternateNames = alternateNames
        } else if let alternate = record.string("alternate_name") {
            organization.alternateNames = [AlternateName(name: alternate)]
        }
        if let description {
            organization.description = description
        } else if let text = record.string("description") {
            organization.description = ["und": text]
        }
        organization.sectors = sectors ?? []
        organization.languages = languages ?? []
        organization.serviceAreas = serviceAreas ?? []
        organization.populationsServed = populations ?? []
        organization.coopFluency = fluency

        // Email and website must keep Tejido's rules.
        if let email = record.string("email") {
            if email.contains("@"), !email.contains(" "), email.split(separator: "@").count == 2 {
                organization.email = email
            } else {
                log.drop(origin, "email", "'\(email)' is not an email address; dropped")
            }
        }
        if let website = record.string("website") {
            if website.hasPrefix("http://") || website.hasPrefix("https://") {
                organization.website = website
            } else {
                log.drop(origin, "website", "'\(website)' does not start with http:// or https://; dropped")
            }
        }

        // Phones: Tejido keeps one number.
        for (position, phone) in rows(.phone, "organization_id", record.key).filter({ $0.string("number") != nil }).enumerated() {
            if position == 0 {
                organization.phone = phone.string("number")
            } else if phone.string("number") != organization.phone {
                log.drop(phone.origin, "number", "'\(phone.string("number")!)': Tejido keeps one phone number per organization ('\(organization.phone!)'); dropped")
            }
        }

        // Sources.
        let found = sources(of: record.key)
        for (problemOrigin, reason) in found.problems { log.drop(problemOrigin, "replacement_value", reason) }
        reportMetadata(found.others)
        organization.sources = found.sources.isEmpty
            ? [Source(document: "hsds:" + origin.file, sourceID: record.hasID ? record.key : nil)]
            : found.sources

        let draftIndex = drafts.count
        drafts.append(HSDSOrganizationDraft(organization: organization, key: record.key, origin: origin, isTejido: isTejido))
        draftByKey[record.key] = draftIndex
        mappedKeys.insert(record.key)

        // Records carried as attributes.
        for (field, value, attributeOrigin) in records {
            switch field {
            case .need:
                switch HSDSTejidoValue.decode(Need.self, value) {
                case .success(let need): needs.append((need, attributeOrigin))
                case .failure(let issue): log.reject(attributeOrigin, "value", "the need could not be read: \(issue)")
                }
            case .relationship:
                switch HSDSTejidoValue.decode(Relationship.self, value) {
                case .success(let relationship): relationships.append((relationship, attributeOrigin))
                case .failure(let issue): log.reject(attributeOrigin, "value", "the relationship could not be read: \(issue)")
                }
            case .activityReport:
                switch HSDSTejidoValue.decode(ActivityReport.self, value) {
                case .success(let report): reports.append((report, attributeOrigin))
                case .failure(let issue): log.reject(attributeOrigin, "value", "the activity report could not be read: \(issue)")
                }
            case .referral:
                switch HSDSTejidoValue.decode(Referral.self, value) {
                case .success(let referral): referrals.append((referral, attributeOrigin))
                case .failure(let issue): log.reject(attributeOrigin, "value", "the referral could not be read: \(issue)")
                }
            default: break
            }
        }
    }

    /// Finishes every organization: a foreign one works in the languages and serves the areas its
    /// services and locations state; every one gets a unique slug (Tejido's own first).
    mutating func finishOrganizations() {
        var used = Set<String>()
        for draft in drafts where draft.isTejido { used.insert(draft.organization.slug.rawValue) }
        for position in drafts.indices {
            if !drafts[position].isTejido {
                var organization = drafts[position].organization
                var languages = organization.languages
                for language in drafts[position].statedLanguages where !languages.contains(language) { languages.append(language) }
                organization.languages = languages
                var areas = organization.serviceAreas
                for area in drafts[position].statedAreas where !areas.contains(area) { areas.append(area) }
                organization.serviceAreas = areas
                let slug = HSDSNaming.unique(HSDSNaming.slug(organization.name), among: used)
                used.insert(slug)
                organization.slug = Slug(slug)
                drafts[position].organization = organization
            }
        }
    }

    /// A foreign organization's `parent_organization_id` becomes a `part_of` relationship when the
    /// parent is in the import too.
    mutating func mapParents() {
        for draft in drafts where !draft.isTejido {
            guard let record = store.record(.organization, draft.key), let parent = record.string("parent_organization_id") else { continue }
            guard let target = draftByKey[parent].map({ drafts[$0].organization.id }) else {
                log.drop(record.origin, "parent_organization_id", "'\(parent)' is not an organization of this import; dropped")
                continue
            }
            guard target != draft.organization.id else { continue }
            let id = NameBasedUUID.make("tejido:hsds:relationship:\(draft.organization.id):part_of:\(target)")
            relationships.append((Relationship(id: RelationshipID(id), kind: .partOf, from: draft.organization.id, to: target), record.origin))
        }
    }
}
