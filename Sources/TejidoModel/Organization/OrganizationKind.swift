/// What kind of organization a record is. An organization may be several (a co-op developer that is
/// also a technical-assistance provider).
public enum OrganizationKind: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case workerCoop = "worker_coop"
    case consumerCoop = "consumer_coop"
    case housingCoop = "housing_coop"
    case socialCoop = "social_coop"
    case coopDeveloper = "coop_developer"
    case taProvider = "ta_provider"
    case businessServiceOrg = "business_service_org"
    case lenderCDFI = "lender_cdfi"
    case municipality
    case publicAgency = "public_agency"
    case supportCentre = "support_centre"
    case incubator
    case networkFederation = "network_federation"
    case funder
    case university
    case researchCentre = "research_centre"
    case workerCentre = "worker_centre"
    case union
    case programme
    case socialEnterprise = "social_enterprise"
    case developmentAgency = "development_agency"
    case nonprofit
    case chamberOfCommerce = "chamber_of_commerce"
    case lawFirm = "law_firm"
    case other

    /// Whether organizations of this kind are co-operatives themselves.
    public var isCooperative: Bool { [.workerCoop, .consumerCoop, .housingCoop, .socialCoop].contains(self) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
