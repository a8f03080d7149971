import Foundation
import TejidoDirectory
import TejidoMatching
import TejidoModel

/// A small hand-built directory where the right answer is known: a few Chicago-area places, a
/// finance and training taxonomy, and organizations, offerings, edges and referrals added per test.
struct MatchFixture {
    var dataset = DirectoryDataset()

    init() {
        func service(_ code: ServiceCode, _ en: String, _ es: String) -> Service {
            Service(code: code, parent: code.parent, labels: ["en": en, "es": es, "ca": en, "el": en])
        }
        dataset.services = [
            service("finance", "Finance and accounting", "Finanzas y contabilidad"),
            service("finance.bookkeeping", "Bookkeeping", "Teneduría de libros"),
            service("finance.accounting", "Accounting", "Contabilidad"),
            service("finance.payroll", "Payroll", "Nóminas"),
            service("training", "Training", "Formación"),
            service("training.coop_education", "Co-op education", "Educación cooperativa"),
        ]
        func area(_ id: AreaID, _ kind: Area.Kind, _ parent: AreaID?, _ name: String, _ lat: Double, _ lon: Double) -> Area {
            Area(id: id, kind: kind, parent: parent, names: ["en": name, "es": name], centroid: .init(lat: lat, lon: lon))
        }
        dataset.areas = [
            area("us", .country, nil, "United States", 39.8283, -98.5795),
            area("us-il", .region, "us", "Illinois", 40.0417, -89.1965),
            area("us-il-chicago", .municipality, "us-il", "Chicago", 41.8781, -87.6298),
            area("us-il-chicago-englewood", .communityArea, "us-il-chicago", "Englewood", 41.7798, -87.6459),
            area("us-il-chicago-austin", .communityArea, "us-il-chicago", "Austin", 41.8939, -87.763),
            area("us-wi", .region, "us", "Wisconsin", 44.6243, -89.9941),
            area("us-wi-racine", .municipality, "us-wi", "Racine", 42.7261, -87.7829),
            area("cl", .country, nil, "Chile", -35.6751, -71.543),
            area("cl-rm-santiago", .municipality, "cl", "Santiago", -33.4489, -70.6693),
        ]
    }

    static func organizationID(_ slug: String) -> OrganizationID { OrganizationID(NameBasedUUID.make("test:organization:" + slug)) }

    /// Where places are, for locations.
    static let points: [AreaID: (Double, Double)] = [
        "us-il-chicago": (41.8781, -87.6298), "us-il-chicago-englewood": (41.7798, -87.6459), "us-il-chicago-austin": (41.8939, -87.763),
        "us-wi-racine": (42.7261, -87.7829), "cl-rm-santiago": (-33.4489, -70.6693),
    ]

    @discardableResult
    mutating func organization(
        _ slug: String, kinds: [OrganizationKind] = [.taProvider], languages: [LanguageCode] = ["en"], at area: AreaID = "us-il-chicago",
        serves: [AreaID]? = nil, populations: [String] = [], fluency: CoopFluency.Level? = nil, acceptsReferrals: Bool = true, sectors: [String] = []
    ) -> OrganizationID {
        let id = Self.organizationID(slug)
        let point = Self.points[area]
        dataset.organizations.append(Organization(
            id: id, slug: Slug(slug), name: slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "),
            kinds: kinds, sectors: sectors, locations: [Location(locality: "Somewhere", country: area.rawValue.hasPrefix("cl") ? "CL" : "US", lat: point?.0, lon: point?.1, area: area)],
            serviceAreas: serves ?? [area], languages: languages, populationsServed: populations, coopFluency: fluency.map { CoopFluency(level: $0) },
            acceptsReferrals: acceptsReferrals, sources: [Source(document: "test")]))
        return id
    }

    mutating func offer(
        _ slug: String, _ service: ServiceCode, capacity: Int? = nil, cost: Offering.Cost? = nil, coopFluent: Bool? = nil, languages: [LanguageCode] = [],
        areas: [AreaID] = []
    ) {
        dataset.offerings.append(Offering(
            id: OfferingID(NameBasedUUID.make("test:offering:\(slug):\(service)")), organization: Self.organizationID(slug), service: service,
            languages: languages, areas: areas, capacityPerMonth: capacity, cost: cost, coopFluent: coopFluent))
    }

    mutating func need(_ slug: String, _ service: ServiceCode) {
        dataset.needs.append(Need(id: NeedID(NameBasedUUID.make("test:need:\(slug):\(service)")), organization: Self.organizationID(slug), service: service))
    }

    mutating func link(_ from: String, _ kind: Relationship.Kind, _ to: String) {
        dataset.relationships.append(Relationship(
            id: RelationshipID(NameBasedUUID.make("test:relationship:\(from):\(kind.rawValue):\(to)")), kind: kind, from: Self.organizationID(from),
            to: Self.organizationID(to)))
    }

    /// A referral of `client` to `provider` that went as far as `status` (completed with `result`).
    static func referral(_ number: Int, provider: String, client: String, service: ServiceCode, status: Referral.Status, result: Referral.Outcome.Result? = nil) -> Referral {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let path: [Referral.Status] = switch status {
        case .proposed: [.proposed]
        case .sent: [.proposed, .sent]
        case .accepted: [.proposed, .sent, .accepted]
        case .declined: [.proposed, .sent, .declined]
        case .completed: [.proposed, .sent, .accepted, .completed]
        case .withdrawn: [.proposed, .withdrawn]
        case .expired: [.proposed, .sent, .expired]
        }
        return Referral(
            id: ReferralID(NameBasedUUID.make("test:referral:\(provider):\(number)")), referrer: organizationID(client), client: organizationID(client),
            provider: organizationID(provider), service: service, status: status, outcome: result.map { Referral.Outcome(result: $0) },
            history: path.enumerated().map { Referral.Transition(status: $1, at: start.addingTimeInterval(Double($0) * 86_400)) })
    }

    mutating func refer(_ number: Int, provider: String, client: String, service: ServiceCode, status: Referral.Status, result: Referral.Outcome.Result? = nil) {
        dataset.referrals.append(Self.referral(number, provider: provider, client: client, service: service, status: status, result: result))
    }

    var directory: Directory { Directory(dataset) }
    var matcher: Matcher { Matcher(directory) }

    /// The slugs of an answer's providers, in order.
    static func slugs(_ answer: ReferralAnswer) -> [String] { answer.items.map(\.provider.slug.rawValue) }

    /// The value of `feature` in a suggestion.
    static func value(_ feature: ReferralFeature, _ suggestion: ReferralSuggestion) -> Double {
        suggestion.features.first { $0.feature == feature }!.value
    }
}
