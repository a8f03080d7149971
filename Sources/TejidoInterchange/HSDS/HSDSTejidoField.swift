import Foundation

/// A Tejido field with no HSDS home, carried as an HSDS `attribute` whose `taxonomy_term_id` is
/// this field's term in the "Tejido fields" taxonomy and whose `value` is the field's value: plain
/// text for a scalar, JSON for a list or an object. The raw value is the term's `code`.
enum HSDSTejidoField: String, CaseIterable, Sendable {
    // Grouping terms (parents of the others); never used on an attribute.
    case organization, offering, location

    case slug = "organization.slug"
    case kinds = "organization.kinds"
    case alternateNames = "organization.alternate_names"
    case description = "organization.description"
    case stage = "organization.stage"
    case sectors = "organization.sectors"
    case languages = "organization.languages"
    case serviceAreas = "organization.service_areas"
    case populationsServed = "organization.populations_served"
    case coopFluency = "organization.coop_fluency"
    case acceptsReferrals = "organization.accepts_referrals"

    // Whole records that hang off an organization (HSDS has no place for them).
    case need
    case relationship
    case activityReport = "activity_report"
    case referral

    case offeringDescription = "offering.description"
    case offeringLanguages = "offering.languages"
    case offeringAreas = "offering.areas"
    case offeringModes = "offering.modes"
    case offeringCapacity = "offering.capacity_per_month"
    case offeringCoopFluent = "offering.coop_fluent"

    case locationArea = "location.area"

    /// The term's id in "Tejido fields".
    var termID: UUID { Self.termIDs[self]! }

    /// The field recognised from a term id, if it is one of Tejido's.
    static func from(termID: UUID) -> HSDSTejidoField? { byTermID[termID] }

    private static let termIDs: [HSDSTejidoField: UUID] = Dictionary(uniqueKeysWithValues: allCases.map { ($0, HSDSIdentifiers.fieldTerm($0.rawValue)) })
    private static let byTermID: [UUID: HSDSTejidoField] = Dictionary(uniqueKeysWithValues: allCases.map { (HSDSIdentifiers.fieldTerm($0.rawValue), $0) })

    /// The parent term, for the hierarchy of "Tejido fields".
    var parent: HSDSTejidoField? {
        switch self {
        case .organization, .offering, .location, .need, .relationship, .activityReport, .referral: nil
        case .offeringDescription, .offeringLanguages, .offeringAreas, .offeringModes, .offeringCapacity, .offeringCoopFluent: .offering
        case .locationArea: .location
        default: .organization
        }
    }

    /// The term's name: the Tejido field name.
    var name: String { rawValue.split(separator: ".").last.map(String.init) ?? rawValue }

    /// What the term means and how its attribute's `value` is written.
    var meaning: String {
        switch self {
        case .organization: "Fields of a Tejido organization with no HSDS home."
        case .offering: "Fields of a Tejido offering (an HSDS service) with no HSDS home."
        case .location: "Fields of a Tejido location with no HSDS home."
        case .slug: "The organization's unique handle; plain text."
        case .kinds: "What kinds of organization it is; a JSON list of kind codes."
        case .alternateNames: "Every other name, with its language and kind; a JSON list of {name, language, kind}."
        case .description: "The description in every language; a JSON object, language tag to text."
        case .stage: "Where a co-op is in its life; plain text."
        case .sectors: "Sectors it works in; a JSON list of strings."
        case .languages: "Languages it works in; a JSON list of BCP 47 tags."
        case .serviceAreas: "Areas it serves; a JSON list of Tejido area ids."
        case .populationsServed: "Populations it serves; a JSON list of strings."
        case .coopFluency: "How well it knows co-operatives; a JSON object {level, coop_clients}."
        case .acceptsReferrals: "Whether it takes referrals; true or false."
        case .need: "A service the organization needs; a Tejido need as JSON."
        case .relationship: "An edge from this organization to another; a Tejido relationship as JSON."
        case .activityReport: "A report this organization sent its convener; a Tejido activity report as JSON."
        case .referral: "A referral this organization made; a Tejido referral as JSON (private)."
        case .offeringDescription: "The description in every language; a JSON object, language tag to text."
        case .offeringLanguages: "Languages the offering itself states (empty: the organization's); a JSON list."
        case .offeringAreas: "Areas the offering itself states (empty: the organization's); a JSON list of area ids."
        case .offeringModes: "How it is delivered; a JSON list of in_person and remote."
        case .offeringCapacity: "Open slots per month; an integer."
        case .offeringCoopFluent: "Whether it is co-op fluent; true or false."
        case .locationArea: "The Tejido area the location lies in; an area id."
        }
    }

    /// The HSDS table an attribute of this field is linked to (`link_entity`).
    var linkEntity: String {
        switch self {
        case .offering, .offeringDescription, .offeringLanguages, .offeringAreas, .offeringModes, .offeringCapacity, .offeringCoopFluent: "service"
        case .location, .locationArea: "location"
        default: "organization"
        }
    }
}
