import Foundation

/// The canonical JSON of the records that make up nearly all of a large directory
/// (organizations, offerings, needs, relationships, referrals): keys sorted, empty lists and
/// absent values left out, written straight to bytes. The store keeps this form, the change log
/// carries it, and JSON Lines files are made of it, so equal records give equal bytes everywhere.
public enum EntityJSON {
    /// An organization; with `nested`, its offerings and needs inside it and a `type` key (the
    /// JSON Lines form); without, the organization alone (the stored form).
    public static func write(_ organization: Organization, nested: (offerings: [Offering], needs: [Need])?, into w: inout JSONWriter) {
        let offerings = nested?.offerings ?? [], needs = nested?.needs ?? []
        w.beginObject()
        if !organization.acceptsReferrals { w.key("accepts_referrals"); w.bool(false) }
        if !organization.alternateNames.isEmpty {
            w.key("alternate_names"); w.beginArray()
            for name in organization.alternateNames {
                w.beginObject()
                w.key("kind"); w.string(name.kind.rawValue)
                if let language = name.language { w.key("language"); w.string(language.rawValue) }
                w.key("name"); w.string(name.name)
                w.endObject()
            }
            w.endArray()
        }
        if !organization.contacts.isEmpty {
            w.key("contacts"); w.beginArray()
            for contact in organization.contacts {
                w.beginObject()
                if let email = contact.email { w.key("email"); w.string(email) }
                w.key("name"); w.string(contact.name)
                if let phone = contact.phone { w.key("phone"); w.string(phone) }
                if let role = contact.role { w.key("role"); w.string(role) }
                w.endObject()
            }
            w.endArray()
        }
        if let fluency = organization.coopFluency {
            w.key("coop_fluency"); w.beginObject()
            if let clients = fluency.coopClients { w.key("coop_clients"); w.int(clients) }
            w.key("level"); w.string(fluency.level.rawValue)
            w.endObject()
        }
        localized("description", organization.description, &w)
        if let email = organization.email { w.key("email"); w.string(email) }
        w.key("id"); w.uuid(organization.id.uuid)
        strings("kinds", organization.kinds.map(\.rawValue), &w)
        strings("languages", organization.languages.map(\.rawValue), &w)
        if let legalForm = organization.legalForm { w.key("legal_form"); w.string(legalForm) }
        if !organization.locations.isEmpty {
            w.key("locations"); w.beginArray()
            for location in organization.locations {
                w.beginObject()
                if let address = location.address { w.key("address"); w.string(address) }
                if let area = location.area { w.key("area"); w.string(area.rawValue) }
                w.key("country"); w.string(location.country)
                if let lat = location.lat { w.key("lat"); w.double(lat) }
                if let locality = location.locality { w.key("locality"); w.string(locality) }
                if let lon = location.lon { w.key("lon"); w.double(lon) }
                if let region = location.region { w.key("region"); w.string(region) }
                w.endObject()
            }
            w.endArray()
        }
        w.key("name"); w.string(organization.name)
        if !needs.isEmpty {
            w.key("needs"); w.beginArray()
            for need in needs {
                write(need, includeOrganization: false, into: &w)
            }
            w.endArray()
        }
        if !offerings.isEmpty {
            w.key("offerings"); w.beginArray()
            for offering in offerings {
                write(offering, includeOrganization: false, into: &w)
            }
            w.endArray()
        }
        if let phone = organization.phone { w.key("phone"); w.string(phone) }
        strings("populations_served", organization.populationsServed, &w)
        strings("sectors", organization.sectors, &w)
        strings("service_areas", organization.serviceAreas.map(\.rawValue), &w)
        w.key("slug"); w.string(organization.slug.rawValue)
        sources(organization.sources, &w)
        if let stage = organization.stage { w.key("stage"); w.string(stage.rawValue) }
        if nested != nil { w.key("type"); w.string("organization") }
        if let website = organization.website { w.key("website"); w.string(website) }
        w.endObject()
    }

    /// A relationship; with `type`, the JSON Lines form.
    public static func write(_ relationship: Relationship, type: Bool, into w: inout JSONWriter) {
        w.beginObject()
        w.key("from"); w.uuid(relationship.from.uuid)
        w.key("id"); w.uuid(relationship.id.uuid)
        w.key("kind"); w.string(relationship.kind.rawValue)
        localized("note", relationship.note, &w)
        if let since = relationship.since { w.key("since"); w.string(since.rawValue) }
        sources(relationship.sources, &w)
        w.key("to"); w.uuid(relationship.to.uuid)
        if type { w.key("type"); w.string("relationship") }
        if let until = relationship.until { w.key("until"); w.string(until.rawValue) }
        if let weight = relationship.weight { w.key("weight"); w.double(weight) }
        w.endObject()
    }

    /// A referral; with `type`, the JSON Lines form.
    public static func write(_ referral: Referral, type: Bool, into w: inout JSONWriter) {
        w.beginObject()
        w.key("client"); w.uuid(referral.client.uuid)
        if !referral.history.isEmpty {
            w.key("history"); w.beginArray()
            for step in referral.history {
                w.beginObject()
                w.key("at"); w.string(Timestamp.format(step.at))
                w.key("status"); w.string(step.status.rawValue)
                w.endObject()
            }
            w.endArray()
        }
        w.key("id"); w.uuid(referral.id.uuid)
        if let message = referral.message { w.key("message"); w.string(message) }
        if let need = referral.need { w.key("need"); w.uuid(need.uuid) }
        if let notes = referral.notes { w.key("notes"); w.string(notes) }
        if let outcome = referral.outcome {
            w.key("outcome"); w.beginObject()
            if let rating = outcome.rating { w.key("rating"); w.int(rating) }
            w.key("result"); w.string(outcome.result.rawValue)
            w.endObject()
        }
        w.key("provider"); w.uuid(referral.provider.uuid)
        w.key("referrer"); w.uuid(referral.referrer.uuid)
        w.key("service"); w.string(referral.service.rawValue)
        w.key("status"); w.string(referral.status.rawValue)
        if type { w.key("type"); w.string("referral") }
        w.endObject()
    }

    /// An offering; `includeOrganization` names its organization (left out when nested in it).
    public static func write(_ offering: Offering, includeOrganization: Bool, into w: inout JSONWriter) {
        w.beginObject()
        strings("areas", offering.areas.map(\.rawValue), &w)
        if let capacity = offering.capacityPerMonth { w.key("capacity_per_month"); w.int(capacity) }
        if let coopFluent = offering.coopFluent { w.key("coop_fluent"); w.bool(coopFluent) }
        if let cost = offering.cost { w.key("cost"); w.string(cost.rawValue) }
        localized("description", offering.description, &w)
        w.key("id"); w.uuid(offering.id.uuid)
        strings("languages", offering.languages.map(\.rawValue), &w)
        strings("modes", offering.modes.map(\.rawValue), &w)
        if includeOrganization { w.key("organization"); w.uuid(offering.organization.uuid) }
        w.key("service"); w.string(offering.service.rawValue)
        sources(offering.sources, &w)
        w.endObject()
    }

    /// A need; `includeOrganization` names its organization (left out when nested in it).
    public static func write(_ need: Need, includeOrganization: Bool, into w: inout JSONWriter) {
        w.beginObject()
        localized("description", need.description, &w)
        w.key("id"); w.uuid(need.id.uuid)
        if includeOrganization { w.key("organization"); w.uuid(need.organization.uuid) }
        w.key("service"); w.string(need.service.rawValue)
        if let since = need.since { w.key("since"); w.string(since.rawValue) }
        sources(need.sources, &w)
        w.key("status"); w.string(need.status.rawValue)
        w.key("urgency"); w.string(need.urgency.rawValue)
        w.endObject()
    }

    static func localized(_ key: StaticString, _ text: LocalizedText, _ w: inout JSONWriter) {
        guard !text.values.isEmpty else { return }
        w.key(key); w.beginObject()
        for language in text.values.keys.sorted() {
            w.dynamicKey(language)
            w.string(text.values[language]!)
        }
        w.endObject()
    }

    static func strings(_ key: StaticString, _ values: [String], _ w: inout JSONWriter) {
        guard !values.isEmpty else { return }
        w.key(key); w.beginArray()
        for value in values { w.string(value) }
        w.endArray()
    }

    static func sources(_ sources: [Source], _ w: inout JSONWriter) {
        guard !sources.isEmpty else { return }
        w.key("sources"); w.beginArray()
        for source in sources {
            w.beginObject()
            if let date = source.date { w.key("date"); w.string(date.rawValue) }
            w.key("document"); w.string(source.document)
            if let language = source.language { w.key("language"); w.string(language.rawValue) }
            if let quote = source.quote { w.key("quote"); w.string(quote) }
            if let sourceID = source.sourceID { w.key("source_id"); w.string(sourceID) }
            w.endObject()
        }
        w.endArray()
    }
}
