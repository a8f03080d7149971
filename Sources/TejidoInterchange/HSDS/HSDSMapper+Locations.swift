import Foundation
import TejidoModel

extension HSDSMapper {
    /// Maps one HSDS location to a Tejido `Location` on the organization it names, or, when that
    /// organization is not in the import, on the organizations whose services are delivered there,
    /// else on an organization of its own. Its address gives the street, city, region and country
    /// (`ZZ` when none is given); a virtual location is no place and only marks remote delivery.
    /// A foreign organization's sources name the HSDS id of every location added to it.
    mutating func mapLocation(_ record: HSDSRecord) {
        let origin = record.origin
        var owners: [Int] = []
        if let organizationKey = record.string("organization_id"), let owner = draftByKey[organizationKey] {
            owners = [owner]
        } else {
            for link in rows(.serviceAtLocation, "location_id", record.key) {
                if let service = link.string("service_id"), let owner = serviceOwner[service], !owners.contains(owner) { owners.append(owner) }
            }
        }
        if owners.isEmpty {
            guard let owner = organization(ofOrphan: record) else { return }
            owners = [owner]
        }
        locationOwners[record.key] = owners
        mappedKeys.insert(record.key)
        let foreign = owners.contains { !drafts[$0].isTejido }
        if record.string("location_type") == "virtual" {
            if foreign { log.drop(origin, "location_type", "a virtual location is not a place; Tejido notes remote delivery on the services offered there") }
            return
        }
        if foreign, let name = record.string("name"), !owners.contains(where: { drafts[$0].organization.name == name }) {
            log.drop(origin, "name", "'\(HSDSDocumentReader.excerpt(name))': Tejido does not name locations; dropped")
        }

        let addresses = rows(.address, "location_id", record.key)
        let address = addresses.first { $0.string("address_type") == "physical" } ?? addresses.first
        for other in addresses where other.origin != address?.origin {
            log.drop(other.origin, nil, "Tejido keeps one address per location; this \(other.string("address_type") ?? "other") address is dropped")
        }
        let country: String
        if let known = Self.country(address?.string("country")) {
            country = known
        } else {
            // HSDS needs no address; Tejido needs a country. The place is kept, in no known country.
            let given = address?.string("country").map { "'\($0)' is not an ISO 3166-1 alpha-2 country code" } ?? "the location has no address with a country"
            log.drop(address?.origin ?? origin, "country", "\(given); the place is kept with country '\(Self.unknownCountry)' (unknown region)")
            country = Self.unknownCountry
        }
        var location = Location(country: country)
        let street = [address?.string("address_1"), address?.string("address_2")].compactMap { $0 }.joined(separator: ", ")
        location.address = street.isEmpty ? nil : street
        location.locality = address?.string("city")
        location.region = address?.string("state_province") ?? address?.string("region")
        if address?.string("state_province") != nil, let region = address?.string("region"), foreign {
            log.drop(address?.origin ?? origin, "region", "'\(region)': Tejido keeps the state or province as the region; dropped")
        }

        let latitude = record.number("latitude"), longitude = record.number("longitude")
        switch (latitude, longitude) {
        case let (lat?, lon?):
            if (-90...90).contains(lat), (-180...180).contains(lon) {
                location.lat = lat
                location.lon = lon
            } else {
                log.drop(origin, (-90...90).contains(lat) ? "longitude" : "latitude", "\(HSDSDocumentReader.format(lat)), \(HSDSDocumentReader.format(lon)) is not a point on Earth; the coordinates are dropped")
            }
        case (nil, nil): break
        default: log.drop(origin, latitude == nil ? "latitude" : "longitude", "latitude and longitude go together; the one given is dropped")
        }

        for attribute in attributes(of: record.key, entity: "location") {
            if tejidoField(attribute) == .locationArea, let value = attribute.string("value") {
                if knownAreas.contains(AreaID(value)) {
                    location.area = AreaID(value)
                } else {
                    log.drop(attribute.origin, "value", "no area '\(value)' in Tejido's area tree; dropped")
                }
            } else {
                log.drop(attribute.origin, nil, "this attribute has no place on a Tejido location; dropped")
            }
        }
        if location.area == nil, foreign, let city = location.locality {
            location.area = area(named: city, in: country)
        }

        var languages: [LanguageCode] = []
        if foreign {
            for row in rows(.language, "location_id", record.key) {
                if let tag = HSDSLanguages.tag(code: row.string("code"), name: row.string("name")) {
                    if !languages.contains(tag) { languages.append(tag) }
                } else {
                    log.drop(row.origin, "code", "'\(row.string("code") ?? row.string("name") ?? "")' is not a language Tejido can name; dropped")
                }
            }
        }
        for owner in owners where drafts[owner].locationKeys.insert(record.key).inserted {
            drafts[owner].organization.locations.append(location)
            if !drafts[owner].isTejido {
                for language in languages where !drafts[owner].statedLanguages.contains(language) { drafts[owner].statedLanguages.append(language) }
                // The location's own HSDS id, so the place can be traced back to its record.
                let source = Source(document: "hsds:" + origin.file, sourceID: record.hasID ? record.key : nil)
                if record.hasID, !drafts[owner].organization.sources.contains(source) { drafts[owner].organization.sources.append(source) }
            }
        }
    }

    /// The organization a location that belongs to no organization of the import is kept on: an
    /// organization of its own, named after the place (HSDS lets a location stand alone; Tejido
    /// keeps places on organizations). A location without a name is dropped.
    private mutating func organization(ofOrphan record: HSDSRecord) -> Int? {
        let origin = record.origin
        let named = record.string("organization_id").map { "its organization '\($0)' is not in this import" } ?? "it names no organization"
        guard let name = record.string("name"), !name.isBlank else {
            log.drop(origin, "organization_id", "\(named), no service of this import is delivered there, and it has no name to stand on its own; dropped")
            return nil
        }
        log.drop(origin, "organization_id", "\(named) and no service of this import is delivered there; it is imported as an organization of its own, named after the place (kind 'other')")
        let id = OrganizationID(Self.uuid(record.key, kind: "location"))
        let organization = Organization(id: id, slug: "", name: name, kinds: [.other], sources: [Source(document: "hsds:" + origin.file, sourceID: record.hasID ? record.key : nil)])
        drafts.append(HSDSOrganizationDraft(organization: organization, key: record.key, origin: origin, isTejido: false))
        return drafts.count - 1
    }

    /// The country of a place whose country the import does not give: `ZZ`, the code ISO 3166
    /// leaves to users and Unicode CLDR uses for an unknown region.
    static let unknownCountry = "ZZ"

    /// An ISO 3166-1 alpha-2 code, upper-cased; `nil` for anything else.
    static func country(_ text: String?) -> String? {
        guard let code = text?.trimmingCharacters(in: .whitespaces).uppercased(), code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return code
    }

    /// The municipality (or other area) of a foreign location's city, among the areas of its country.
    private func area(named city: String, in country: String) -> AreaID? {
        let folded = TextFolding.fold(city)
        let prefix = country.lowercased()
        let candidates = areaTree.areas.filter { area in
            (area.id.rawValue == prefix || area.id.rawValue.hasPrefix(prefix + "-")) && area.names.allTexts.contains { TextFolding.fold($0) == folded }
        }
        return (candidates.first { $0.kind == .municipality } ?? candidates.first)?.id
    }

    /// Maps one HSDS contact to a Tejido `Contact` (private) on every organization it reaches:
    /// directly, or through a service, a location or a service at a location. A contact without
    /// a name is dropped: Tejido keeps people by name.
    mutating func mapContact(_ record: HSDSRecord) {
        var owners: [Int] = []
        func add(_ owner: Int?) { if let owner, !owners.contains(owner) { owners.append(owner) } }
        if let key = record.string("organization_id") { add(draftByKey[key]) }
        if let key = record.string("service_id") { add(serviceOwner[key]) }
        if let key = record.string("location_id") { for owner in locationOwners[key] ?? [] { add(owner) } }
        if let key = record.string("service_at_location_id"), let service = store.record(.serviceAtLocation, key)?.string("service_id") { add(serviceOwner[service]) }
        guard !owners.isEmpty else {
            log.drop(record.origin, nil, "the contact belongs to no organization of this import; dropped")
            return
        }
        guard let name = record.string("name"), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            log.drop(record.origin, "name", "a contact without a name has no place in Tejido; dropped")
            return
        }
        let phones = rows(.phone, "contact_id", record.key).compactMap { $0.string("number") }
        let contact = Contact(name: name, role: record.string("title"), email: record.string("email"), phone: phones.first)
        let identity = record.hasID ? record.key : name + "\u{0}" + (contact.email ?? "")
        for owner in owners where drafts[owner].contactKeys.insert(identity).inserted {
            drafts[owner].organization.contacts.append(contact)
        }
    }
}
