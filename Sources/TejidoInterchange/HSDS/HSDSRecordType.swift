/// The HSDS 3.0 record types the importer knows, with their fields as the schema defines them
/// (`/work/shared/hsds/schema/*.json`): each field's JSON type, and whether Tejido reads it. A field
/// Tejido does not read is reported in `dropped` when it holds a value; a field the schema does not
/// define is reported as an extra field.
enum HSDSRecordType: String, CaseIterable, Sendable {
    case organization, service, location, address, phone, contact, language, serviceArea = "service_area", serviceAtLocation = "service_at_location", attribute, metadata, taxonomyTerm = "taxonomy_term", taxonomy, costOption = "cost_option", funding, program, organizationIdentifier = "organization_identifier", schedule, requiredDocument = "required_document", accessibility, metaTableDescription = "meta_table_description"

    /// The file of the tabular (CSV) form, as the schema's `path` names it.
    var fileName: String {
        switch self {
        case .organization: "organizations.csv"
        case .service: "services.csv"
        case .location: "locations.csv"
        case .address: "addresses.csv"
        case .phone: "phones.csv"
        case .contact: "contacts.csv"
        case .language: "languages.csv"
        case .serviceArea: "service_areas.csv"
        case .serviceAtLocation: "service_at_location.csv"
        case .attribute: "attributes.csv"
        case .metadata: "metadata.csv"
        case .taxonomyTerm: "taxonomy_terms.csv"
        case .taxonomy: "taxonomies.csv"
        case .costOption: "cost_options.csv"
        case .funding: "funding.csv"
        case .program: "programs.csv"
        case .organizationIdentifier: "organization_identifiers.csv"
        case .schedule: "schedules.csv"
        case .requiredDocument: "required_documents.csv"
        case .accessibility: "accessibility.csv"
        case .metaTableDescription: "meta_table_descriptions.csv"
        }
    }

    /// Fields HSDS requires (`required` in the schema).
    var requiredFields: Set<String> {
        switch self {
        case .organization: ["id", "name", "description"]
        case .service: ["id", "name", "status"]
        case .location: ["id", "location_type"]
        case .address: ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"]
        case .phone: ["id", "number"]
        case .contact: ["id"]
        case .language: ["id"]
        case .serviceArea: ["id"]
        case .serviceAtLocation: ["id"]
        case .attribute: ["id"]
        case .metadata: ["id", "last_action_date", "last_action_type", "field_name", "previous_value", "replacement_value", "updated_by"]
        case .taxonomyTerm: ["id", "name", "description"]
        case .taxonomy: ["id", "name", "description"]
        case .costOption: ["id"]
        case .funding: ["id"]
        case .program: ["id", "name", "description"]
        case .organizationIdentifier: ["id", "identifier_type", "identifier"]
        case .schedule: ["id"]
        case .requiredDocument: ["id"]
        case .accessibility: ["id"]
        case .metaTableDescription: ["id"]
        }
    }

    /// Every field of the schema, in schema order.
    var fields: [(name: String, spec: HSDSFieldSpec)] {
        switch self {
        case .organization: [
            ("id", .init(.string, read: true)),
            ("name", .init(.string, read: true)),
            ("alternate_name", .init(.string, read: true)),
            ("description", .init(.string, read: true)),
            ("email", .init(.string, read: true)),
            ("website", .init(.string, read: true)),
            ("tax_status", .init(.string, read: false)),
            ("tax_id", .init(.string, read: false)),
            ("year_incorporated", .init(.number, read: false)),
            ("legal_status", .init(.string, read: true)),
            ("logo", .init(.string, read: false)),
            ("uri", .init(.string, read: false)),
            ("parent_organization_id", .init(.string, read: true)),
            ("funding", .init(.list(.funding), read: false)),
            ("contacts", .init(.list(.contact), read: true)),
            ("phones", .init(.list(.phone), read: true)),
            ("locations", .init(.list(.location), read: true)),
            ("programs", .init(.list(.program), read: false)),
            ("organization_identifiers", .init(.list(.organizationIdentifier), read: false)),
            ("attributes", .init(.list(.attribute), read: true)),
            ("metadata", .init(.list(.metadata), read: true)),
            // Not in the flat organization.json, but in the compiled (nested) organization and
            // the API's full organization: an organization's services.
            ("services", .init(.list(.service), read: true)),
        ]
        case .service: [
            ("id", .init(.string, read: true)),
            ("organization_id", .init(.string, read: true)),
            ("program_id", .init(.string, read: false)),
            ("name", .init(.string, read: true)),
            ("alternate_name", .init(.string, read: false)),
            ("description", .init(.string, read: true)),
            ("url", .init(.string, read: false)),
            ("email", .init(.string, read: false)),
            ("status", .init(.string, read: true)),
            ("interpretation_services", .init(.string, read: false)),
            ("application_process", .init(.string, read: false)),
            ("fees_description", .init(.string, read: false)),
            ("wait_time", .init(.string, read: false)),
            ("fees", .init(.string, read: false)),
            ("accreditations", .init(.string, read: false)),
            ("eligibility_description", .init(.string, read: false)),
            ("minimum_age", .init(.number, read: false)),
            ("maximum_age", .init(.number, read: false)),
            ("assured_date", .init(.string, read: false)),
            ("assurer_email", .init(.string, read: false)),
            ("licenses", .init(.string, read: false)),
            ("alert", .init(.string, read: false)),
            ("last_modified", .init(.string, read: false)),
            ("phones", .init(.list(.phone), read: false)),
            ("schedules", .init(.list(.schedule), read: false)),
            ("service_areas", .init(.list(.serviceArea), read: true)),
            ("service_at_locations", .init(.list(.serviceAtLocation), read: true)),
            ("languages", .init(.list(.language), read: true)),
            ("organization", .init(.object(.organization), read: true)),
            ("funding", .init(.list(.funding), read: false)),
            ("cost_options", .init(.list(.costOption), read: true)),
            ("program", .init(.object(.program), read: false)),
            ("required_documents", .init(.list(.requiredDocument), read: false)),
            ("contacts", .init(.list(.contact), read: true)),
            ("attributes", .init(.list(.attribute), read: true)),
            ("metadata", .init(.list(.metadata), read: true)),
        ]
        case .location: [
            ("id", .init(.string, read: true)),
            ("location_type", .init(.string, read: true)),
            ("url", .init(.string, read: false)),
            ("organization_id", .init(.string, read: true)),
            ("name", .init(.string, read: true)),
            ("alternate_name", .init(.string, read: false)),
            ("description", .init(.string, read: false)),
            ("transportation", .init(.string, read: false)),
            ("latitude", .init(.number, read: true)),
            ("longitude", .init(.number, read: true)),
            ("external_identifier", .init(.string, read: false)),
            ("external_identifier_type", .init(.string, read: false)),
            ("languages", .init(.list(.language), read: true)),
            ("addresses", .init(.list(.address), read: true)),
            ("contacts", .init(.list(.contact), read: true)),
            ("accessibility", .init(.list(.accessibility), read: false)),
            ("phones", .init(.list(.phone), read: false)),
            ("schedules", .init(.list(.schedule), read: false)),
            ("attributes", .init(.list(.attribute), read: true)),
            ("metadata", .init(.list(.metadata), read: true)),
        ]
        case .address: [
            ("id", .init(.string, read: true)),
            ("location_id", .init(.string, read: true)),
            ("attention", .init(.string, read: false)),
            ("address_1", .init(.string, read: true)),
            ("address_2", .init(.string, read: true)),
            ("city", .init(.string, read: true)),
            ("region", .init(.string, read: true)),
            ("state_province", .init(.string, read: true)),
            ("postal_code", .init(.string, read: false)),
            ("country", .init(.string, read: true)),
            ("address_type", .init(.string, read: true)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .phone: [
            ("id", .init(.string, read: true)),
            ("location_id", .init(.string, read: true)),
            ("service_id", .init(.string, read: true)),
            ("organization_id", .init(.string, read: true)),
            ("contact_id", .init(.string, read: true)),
            ("service_at_location_id", .init(.string, read: true)),
            ("number", .init(.string, read: true)),
            ("extension", .init(.number, read: false)),
            ("type", .init(.string, read: false)),
            ("description", .init(.string, read: false)),
            ("languages", .init(.list(.language), read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .contact: [
            ("id", .init(.string, read: true)),
            ("organization_id", .init(.string, read: true)),
            ("service_id", .init(.string, read: true)),
            ("service_at_location_id", .init(.string, read: true)),
            ("location_id", .init(.string, read: true)),
            ("name", .init(.string, read: true)),
            ("title", .init(.string, read: true)),
            ("department", .init(.string, read: false)),
            ("email", .init(.string, read: true)),
            ("phones", .init(.list(.phone), read: true)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .language: [
            ("id", .init(.string, read: true)),
            ("service_id", .init(.string, read: true)),
            ("location_id", .init(.string, read: true)),
            ("phone_id", .init(.string, read: true)),
            ("name", .init(.string, read: true)),
            ("code", .init(.string, read: true)),
            ("note", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .serviceArea: [
            ("id", .init(.string, read: true)),
            ("service_id", .init(.string, read: true)),
            ("name", .init(.string, read: true)),
            ("description", .init(.string, read: false)),
            ("extent", .init(.string, read: false)),
            ("extent_type", .init(.string, read: false)),
            ("uri", .init(.string, read: true)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .serviceAtLocation: [
            ("id", .init(.string, read: true)),
            ("service_id", .init(.string, read: true)),
            ("location_id", .init(.string, read: true)),
            ("description", .init(.string, read: false)),
            ("contacts", .init(.list(.contact), read: true)),
            ("phones", .init(.list(.phone), read: false)),
            ("schedules", .init(.list(.schedule), read: false)),
            ("location", .init(.object(.location), read: true)),
            // Not in the flat service_at_location.json, but in the compiled (nested) one.
            ("service", .init(.object(.service), read: true)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .attribute: [
            ("id", .init(.string, read: true)),
            ("link_id", .init(.string, read: true)),
            ("taxonomy_term_id", .init(.string, read: true)),
            ("link_type", .init(.string, read: true)),
            ("link_entity", .init(.string, read: true)),
            ("value", .init(.string, read: true)),
            ("taxonomy_term", .init(.object(.taxonomyTerm), read: true)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .metadata: [
            ("id", .init(.string, read: true)),
            ("resource_id", .init(.string, read: true)),
            ("resource_type", .init(.string, read: true)),
            ("last_action_date", .init(.string, read: false)),
            ("last_action_type", .init(.string, read: true)),
            ("field_name", .init(.string, read: true)),
            ("previous_value", .init(.string, read: false)),
            ("replacement_value", .init(.string, read: true)),
            ("updated_by", .init(.string, read: true)),
        ]
        case .taxonomyTerm: [
            ("id", .init(.string, read: true)),
            ("code", .init(.string, read: true)),
            ("name", .init(.string, read: true)),
            ("description", .init(.string, read: true)),
            ("parent_id", .init(.string, read: true)),
            ("taxonomy", .init(.string, read: true)),
            ("taxonomy_detail", .init(.object(.taxonomy), read: true)),
            ("language", .init(.string, read: true)),
            ("taxonomy_id", .init(.string, read: true)),
            ("term_uri", .init(.string, read: false)),
            ("metadata", .init(.list(.metadata), read: true)),
        ]
        case .taxonomy: [
            ("id", .init(.string, read: true)),
            // A taxonomy is recognised (Tejido's own) or reported whole as not kept, so its
            // fields are not reported one by one.
            ("name", .init(.string, read: true)),
            ("description", .init(.string, read: true)),
            ("uri", .init(.string, read: true)),
            ("version", .init(.string, read: true)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .costOption: [
            ("id", .init(.string, read: true)),
            ("service_id", .init(.string, read: true)),
            ("valid_from", .init(.string, read: false)),
            ("valid_to", .init(.string, read: false)),
            ("option", .init(.string, read: true)),
            ("currency", .init(.string, read: false)),
            ("amount", .init(.number, read: true)),
            ("amount_description", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .funding: [
            ("id", .init(.string, read: true)),
            ("organization_id", .init(.string, read: false)),
            ("service_id", .init(.string, read: false)),
            ("source", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .program: [
            ("id", .init(.string, read: true)),
            ("organization_id", .init(.string, read: false)),
            ("name", .init(.string, read: false)),
            ("alternate_name", .init(.string, read: false)),
            ("description", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .organizationIdentifier: [
            ("id", .init(.string, read: true)),
            ("organization_id", .init(.string, read: false)),
            ("identifier_scheme", .init(.string, read: false)),
            ("identifier_type", .init(.string, read: false)),
            ("identifier", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .schedule: [
            ("id", .init(.string, read: true)),
            ("service_id", .init(.string, read: false)),
            ("location_id", .init(.string, read: false)),
            ("service_at_location_id", .init(.string, read: false)),
            ("valid_from", .init(.string, read: false)),
            ("valid_to", .init(.string, read: false)),
            ("dtstart", .init(.string, read: false)),
            ("timezone", .init(.number, read: false)),
            ("until", .init(.string, read: false)),
            ("count", .init(.number, read: false)),
            ("wkst", .init(.string, read: false)),
            ("freq", .init(.string, read: false)),
            ("interval", .init(.number, read: false)),
            ("byday", .init(.string, read: false)),
            ("byweekno", .init(.string, read: false)),
            ("bymonthday", .init(.string, read: false)),
            ("byyearday", .init(.string, read: false)),
            ("description", .init(.string, read: false)),
            ("opens_at", .init(.string, read: false)),
            ("closes_at", .init(.string, read: false)),
            ("schedule_link", .init(.string, read: false)),
            ("attending_type", .init(.string, read: false)),
            ("notes", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .requiredDocument: [
            ("id", .init(.string, read: true)),
            ("service_id", .init(.string, read: false)),
            ("document", .init(.string, read: false)),
            ("uri", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .accessibility: [
            ("id", .init(.string, read: true)),
            ("location_id", .init(.string, read: false)),
            ("description", .init(.string, read: false)),
            ("details", .init(.string, read: false)),
            ("url", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        case .metaTableDescription: [
            ("id", .init(.string, read: true)),
            ("name", .init(.string, read: false)),
            ("language", .init(.string, read: false)),
            ("character_set", .init(.string, read: false)),
            ("attributes", .init(.list(.attribute), read: false)),
            ("metadata", .init(.list(.metadata), read: false)),
        ]
        }
    }

    /// The field named `name`, if the schema defines it.
    func spec(_ name: String) -> HSDSFieldSpec? { Self.specs[self]?[name] }

    private static let specs: [HSDSRecordType: [String: HSDSFieldSpec]] = Dictionary(
        uniqueKeysWithValues: allCases.map { type in (type, Dictionary(uniqueKeysWithValues: type.fields.map { ($0.name, $0.spec) })) }
    )

    /// The type a tabular file or a tabular JSON key names: `organizations.csv`, `organization`,
    /// `organizations`; also `service_at_locations.csv`, which some producers write.
    static func named(_ name: String) -> HSDSRecordType? {
        let stem = name.lowercased().hasSuffix(".csv") ? String(name.lowercased().dropLast(4)) : name.lowercased()
        return byName[stem]
    }

    private static let byName: [String: HSDSRecordType] = {
        var names: [String: HSDSRecordType] = [:]
        for type in allCases {
            names[type.rawValue] = type
            names[String(type.fileName.dropLast(4))] = type
        }
        names["service_at_locations"] = .serviceAtLocation
        names["accessibility_for_disabilities"] = .accessibility
        return names
    }()
}
