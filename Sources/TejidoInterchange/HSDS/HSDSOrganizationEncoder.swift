import Foundation
import TejidoModel

/// Writes one Tejido organization as a fully nested HSDS 3.0 `organization`: its phones,
/// (private) contacts, locations with addresses and languages, one `service` per offering (with
/// service areas, languages, cost option, services at locations, its Tejido service term and its
/// Tejido attributes), and the organization's own Tejido attributes and source metadata. The
/// mapping is documented in `docs/interchange-hsds.md`.
struct HSDSOrganizationEncoder {
    let context: HSDSExportContext
    /// The JSON of the page being built.
    var out: HSDSJSONWriter
    /// Counts of what was written.
    private(set) var services = 0
    private(set) var locations = 0
    private var scratch = HSDSJSONWriter(capacity: 4096)
    private let encoder = TejidoJSON.encoder()
    /// The store's canonical writer, for the records it knows how to write fast (referrals).
    private var canonical = JSONWriter(capacity: 1024)

    init(context: HSDSExportContext, capacity: Int) {
        self.context = context
        out = HSDSJSONWriter(capacity: capacity)
    }

    mutating func encode(_ organization: Organization) throws {
        let id = organization.id.uuid
        let offerings = context.offerings[organization.id] ?? []
        let relationships = context.relationships[organization.id] ?? []
        out.beginObject()
        out.field("id", id)
        out.field("name", organization.name)
        out.field("alternate_name", organization.alternateNames.first?.name)
        out.field("description", organization.description.best() ?? "")
        out.field("email", organization.email)
        out.field("website", organization.website)
        out.field("legal_status", organization.legalForm)
        let parents = relationships.filter { $0.kind == .partOf }
        if parents.count == 1 { out.field("parent_organization_id", parents[0].to.uuid) }

        if context.includePrivate, !organization.contacts.isEmpty {
            out.key("contacts")
            out.beginArray()
            for (index, contact) in organization.contacts.enumerated() { writeContact(contact, index: index, organization: id) }
            out.endArray()
        }
        if let phone = organization.phone {
            out.key("phones")
            out.beginArray()
            out.beginObject()
            out.field("id", HSDSIdentifiers.derived(id, .phone, 0))
            out.field("organization_id", id)
            out.field("number", phone)
            out.endObject()
            out.endArray()
        }

        let remote = offerings.contains { $0.modes.contains(.remote) }
        if !organization.locations.isEmpty || remote {
            out.key("locations")
            out.beginArray()
            for (index, location) in organization.locations.enumerated() { writeLocation(location, index: index, organization: organization) }
            if remote {
                out.beginObject()
                out.field("id", HSDSIdentifiers.derived(id, .virtualLocation, 0))
                out.field("location_type", "virtual")
                out.field("organization_id", id)
                out.endObject()
                locations += 1
            }
            out.endArray()
        }

        if !offerings.isEmpty {
            out.key("services")
            out.beginArray()
            for offering in offerings { writeService(offering, organization: organization, remote: remote) }
            out.endArray()
        }

        out.key("attributes")
        out.beginArray()
        var index = 0
        attribute(.slug, owner: id, &index, text: organization.slug.rawValue)
        attribute(.kinds, owner: id, &index) { HSDSTejidoJSON.write(organization.kinds.map(\.rawValue), to: &$0) }
        if !organization.alternateNames.isEmpty {
            attribute(.alternateNames, owner: id, &index) { HSDSTejidoJSON.write(organization.alternateNames, to: &$0) }
        }
        if !organization.description.values.isEmpty {
            attribute(.description, owner: id, &index) { HSDSTejidoJSON.write(organization.description, to: &$0) }
        }
        if let stage = organization.stage { attribute(.stage, owner: id, &index, text: stage.rawValue) }
        if !organization.sectors.isEmpty { attribute(.sectors, owner: id, &index) { HSDSTejidoJSON.write(organization.sectors, to: &$0) } }
        if !organization.languages.isEmpty {
            attribute(.languages, owner: id, &index) { HSDSTejidoJSON.write(organization.languages.map(\.rawValue), to: &$0) }
        }
        if !organization.serviceAreas.isEmpty {
            attribute(.serviceAreas, owner: id, &index) { HSDSTejidoJSON.write(organization.serviceAreas.map(\.rawValue), to: &$0) }
        }
        if !organization.populationsServed.isEmpty {
            attribute(.populationsServed, owner: id, &index) { HSDSTejidoJSON.write(organization.populationsServed, to: &$0) }
        }
        if let fluency = organization.coopFluency { attribute(.coopFluency, owner: id, &index) { HSDSTejidoJSON.write(fluency, to: &$0) } }
        attribute(.acceptsReferrals, owner: id, &index, text: organization.acceptsReferrals ? "true" : "false")
        for need in context.needs[organization.id] ?? [] { attribute(.need, owner: id, &index) { HSDSTejidoJSON.write(need, to: &$0) } }
        for relationship in relationships { attribute(.relationship, owner: id, &index) { HSDSTejidoJSON.write(relationship, to: &$0) } }
        for report in context.reports[organization.id] ?? [] {
            let shown = context.includePrivate ? report : report.publicView
            try attribute(.activityReport, owner: id, &index) { [encoder] in try HSDSTejidoJSON.write(encodable: shown, encoder: encoder, to: &$0) }
        }
        for referral in context.referrals[organization.id] ?? [] {
            canonical.bytes.removeAll(keepingCapacity: true)
            EntityJSON.write(referral, type: false, into: &canonical)
            beginAttribute(.referral, owner: id, index)
            out.string(jsonBytes: canonical.bytes)
            out.endObject()
            index += 1
        }
        out.endArray()

        writeSources(organization.sources, owner: id, type: "organization")
        out.endObject()
    }

    // MARK: Parts

    private mutating func writeContact(_ contact: Contact, index: Int, organization: UUID) {
        let id = HSDSIdentifiers.derived(organization, .contact, index)
        out.beginObject()
        out.field("id", id)
        out.field("organization_id", organization)
        out.field("name", contact.name)
        out.field("title", contact.role)
        out.field("email", contact.email)
        if let phone = contact.phone {
            out.key("phones")
            out.beginArray()
            out.beginObject()
            out.field("id", HSDSIdentifiers.derived(id, .contactPhone, 0))
            out.field("contact_id", id)
            out.field("number", phone)
            out.endObject()
            out.endArray()
        }
        out.endObject()
    }

    private mutating func writeLocation(_ location: Location, index: Int, organization: Organization) {
        let owner = organization.id.uuid
        let id = HSDSIdentifiers.derived(owner, .location, index)
        locations += 1
        out.beginObject()
        out.field("id", id)
        out.field("location_type", "physical")
        out.field("organization_id", owner)
        out.field("latitude", location.lat)
        out.field("longitude", location.lon)
        if !organization.languages.isEmpty {
            out.key("languages")
            out.beginArray()
            for (position, language) in organization.languages.enumerated() {
                out.beginObject()
                out.field("id", HSDSIdentifiers.derived(id, .locationLanguage, position))
                out.field("location_id", id)
                out.field("code", language.rawValue)
                out.endObject()
            }
            out.endArray()
        }
        out.key("addresses")
        out.beginArray()
        out.beginObject()
        out.field("id", HSDSIdentifiers.derived(id, .address, 0))
        out.field("location_id", id)
        // HSDS requires these four; an empty string says Tejido does not know.
        out.field("address_1", location.address ?? "")
        out.field("city", location.locality ?? "")
        out.field("state_province", location.region ?? "")
        out.field("postal_code", "")
        out.field("country", location.country)
        out.field("address_type", "physical")
        out.endObject()
        out.endArray()
        if let area = location.area {
            out.key("attributes")
            out.beginArray()
            var position = 0
            attribute(.locationArea, owner: id, &position, text: area.rawValue)
            out.endArray()
        }
        out.endObject()
    }

    private mutating func writeService(_ offering: Offering, organization: Organization, remote: Bool) {
        let id = offering.id.uuid
        let owner = organization.id.uuid
        services += 1
        out.beginObject()
        out.field("id", id)
        out.field("organization_id", owner)
        out.field("name", context.label(offering.service))
        if let description = offering.description.best() { out.field("description", description) }
        out.field("status", "active")

        let areas = offering.areas.isEmpty ? organization.serviceAreas : offering.areas
        if !areas.isEmpty {
            out.key("service_areas")
            out.beginArray()
            for (position, area) in areas.enumerated() {
                out.beginObject()
                out.field("id", HSDSIdentifiers.derived(id, .serviceArea, position))
                out.field("service_id", id)
                out.field("name", context.areaNames[area] ?? area.rawValue)
                out.field("uri", HSDSConventions.areaURIPrefix + area.rawValue)
                out.endObject()
            }
            out.endArray()
        }

        let inPerson = offering.modes.contains(.inPerson) ? organization.locations.count : 0
        let atVirtual = offering.modes.contains(.remote) && remote
        if inPerson > 0 || atVirtual {
            out.key("service_at_locations")
            out.beginArray()
            for position in 0..<inPerson {
                out.beginObject()
                out.field("id", HSDSIdentifiers.derived(id, .serviceAtLocation, position))
                out.field("service_id", id)
                out.field("location_id", HSDSIdentifiers.derived(owner, .location, position))
                out.endObject()
            }
            if atVirtual {
                out.beginObject()
                out.field("id", HSDSIdentifiers.derived(id, .serviceAtLocation, organization.locations.count))
                out.field("service_id", id)
                out.field("location_id", HSDSIdentifiers.derived(owner, .virtualLocation, 0))
                out.endObject()
            }
            out.endArray()
        }

        let languages = offering.languages.isEmpty ? organization.languages : offering.languages
        if !languages.isEmpty {
            out.key("languages")
            out.beginArray()
            for (position, language) in languages.enumerated() {
                out.beginObject()
                out.field("id", HSDSIdentifiers.derived(id, .serviceLanguage, position))
                out.field("service_id", id)
                out.field("code", language.rawValue)
                out.endObject()
            }
            out.endArray()
        }

        if let cost = offering.cost {
            out.key("cost_options")
            out.beginArray()
            out.beginObject()
            out.field("id", HSDSIdentifiers.derived(id, .costOption, 0))
            out.field("service_id", id)
            out.field("option", cost.rawValue)
            if cost == .free { out.field("amount", 0) }
            out.endObject()
            out.endArray()
        }

        out.key("attributes")
        out.beginArray()
        var index = 0
        writeServiceTerm(offering.service, service: id, &index)
        if !offering.description.values.isEmpty {
            attribute(.offeringDescription, owner: id, &index) { HSDSTejidoJSON.write(offering.description, to: &$0) }
        }
        attribute(.offeringLanguages, owner: id, &index) { HSDSTejidoJSON.write(offering.languages.map(\.rawValue), to: &$0) }
        attribute(.offeringAreas, owner: id, &index) { HSDSTejidoJSON.write(offering.areas.map(\.rawValue), to: &$0) }
        attribute(.offeringModes, owner: id, &index) { HSDSTejidoJSON.write(offering.modes.map(\.rawValue), to: &$0) }
        if let capacity = offering.capacityPerMonth { attribute(.offeringCapacity, owner: id, &index, text: String(capacity)) }
        if let fluent = offering.coopFluent { attribute(.offeringCoopFluent, owner: id, &index, text: fluent ? "true" : "false") }
        out.endArray()

        writeSources(offering.sources, owner: id, type: "service")
        out.endObject()
    }

    /// The attribute that classifies a service by its Tejido term, with the term inline so a
    /// reader without the taxonomy file still sees the code and the name.
    private mutating func writeServiceTerm(_ code: ServiceCode, service: UUID, _ index: inout Int) {
        let term = context.serviceTerm(code)
        out.beginObject()
        out.field("id", HSDSIdentifiers.derived(service, .attribute, index))
        out.field("link_id", service)
        out.field("link_entity", "service")
        out.field("taxonomy_term_id", term)
        out.key("taxonomy_term")
        out.beginObject()
        out.field("id", term)
        out.field("code", code.rawValue)
        out.field("name", context.label(code))
        out.field("description", context.services[code]?.description.values["en"] ?? "")
        if let parent = code.parent { out.field("parent_id", context.serviceTerm(parent)) }
        out.field("taxonomy", HSDSConventions.servicesTaxonomyName)
        out.field("taxonomy_id", HSDSIdentifiers.servicesTaxonomy)
        out.field("language", "en")
        out.endObject()
        out.endObject()
        index += 1
    }

    /// An attribute carrying a Tejido field as plain text.
    private mutating func attribute(_ field: HSDSTejidoField, owner: UUID, _ index: inout Int, text: String) {
        beginAttribute(field, owner: owner, index)
        out.string(text)
        out.endObject()
        index += 1
    }

    /// An attribute carrying a Tejido field as JSON, which `build` writes.
    private mutating func attribute(_ field: HSDSTejidoField, owner: UUID, _ index: inout Int, _ build: (inout HSDSJSONWriter) throws -> Void) rethrows {
        scratch.reset()
        try build(&scratch)
        beginAttribute(field, owner: owner, index)
        out.string(json: scratch)
        out.endObject()
        index += 1
    }

    /// Opens an attribute object and leaves it waiting for its `value`.
    private mutating func beginAttribute(_ field: HSDSTejidoField, owner: UUID, _ index: Int) {
        out.beginObject()
        out.field("id", HSDSIdentifiers.derived(owner, .attribute, index))
        out.field("link_id", owner)
        out.field("link_entity", field.linkEntity)
        out.field("link_type", HSDSConventions.fieldLinkType)
        out.field("taxonomy_term_id", field.termID)
        out.key("value")
    }

    /// One metadata row per source: the provenance of the record.
    private mutating func writeSources(_ sources: [Source], owner: UUID, type: String) {
        guard !sources.isEmpty else { return }
        out.key("metadata")
        out.beginArray()
        for (index, source) in sources.enumerated() {
            scratch.reset()
            HSDSTejidoJSON.write(source, to: &scratch)
            out.beginObject()
            out.field("id", HSDSIdentifiers.derived(owner, .metadata, index))
            out.field("resource_id", owner)
            out.field("resource_type", type)
            out.field("last_action_date", source.date?.rawValue ?? "")
            out.field("last_action_type", HSDSConventions.sourceAction)
            out.field("field_name", HSDSConventions.sourceField)
            out.field("previous_value", "")
            out.key("replacement_value")
            out.string(json: scratch)
            out.field("updated_by", source.document)
            out.endObject()
        }
        out.endArray()
    }
}
