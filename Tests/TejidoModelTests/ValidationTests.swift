import Foundation
import Testing
import TejidoModel

// Every record-level rule: a valid record has no issues, and each broken rule is reported once,
// under the exact field path a person would fix.

/// One broken rule: how to break a valid record, and the field paths that must be reported.
struct BrokenRule<Record: Sendable>: Sendable, CustomTestStringConvertible {
    let name: String
    let fields: [String]
    let breaking: @Sendable (inout Record) -> Void

    init(_ name: String, _ fields: [String], _ breaking: @escaping @Sendable (inout Record) -> Void) {
        self.name = name
        self.fields = fields
        self.breaking = breaking
    }

    var testDescription: String { "\(name) → \(fields.joined(separator: ", "))" }
}

private let organizationID = OrganizationID(NameBasedUUID.make("tejido:organization:kola-nut-collaborative"))
private let otherOrganizationID = OrganizationID(NameBasedUUID.make("tejido:organization:democracy-at-work-institute"))
private let thirdOrganizationID = OrganizationID(NameBasedUUID.make("tejido:organization:ciescoop"))

private let validSource = Source(
    document: "000_60b6580ecf5d1d37.txt", quote: "Kola Nut Collaborative", language: "en", date: "2024-01", sourceID: "row-1")

private func validOrganization() -> Organization {
    Organization(
        id: organizationID, slug: "kola-nut-collaborative", name: "Kola Nut Collaborative",
        alternateNames: [AlternateName(name: "Colaboración de Nueces de Cola", language: "es", kind: .translation)],
        description: ["en": "A worker co-op developer.", "es": "Una desarrolladora de cooperativas."],
        kinds: [.coopDeveloper, .taProvider], legalForm: "nonprofit", stage: .existing, sectors: ["food"],
        website: "https://kolanut.example.org", email: "hello@kolanut.example.org", phone: "+1 312 555 0100",
        locations: [Location(locality: "Chicago", region: "Illinois", country: "US", lat: 41.88, lon: -87.63, area: "us-il-chicago")],
        serviceAreas: ["us-il-chicago", "us"], languages: ["en", "es-US"], populationsServed: ["women"],
        coopFluency: CoopFluency(level: .expert, coopClients: 12), acceptsReferrals: true,
        contacts: [Contact(name: "Ana", role: "director", email: "ana@kolanut.example.org")], sources: [validSource])
}

private func validLocation() -> Location {
    Location(address: "1 Main St", locality: "Atenas", region: "Ática", country: "GR", lat: 37.98, lon: 23.72, area: "gr-attica-central-athens-athens")
}

private func validOffering() -> Offering {
    Offering(
        id: OfferingID(NameBasedUUID.make("tejido:offering:kola-nut-collaborative:finance.bookkeeping")), organization: organizationID,
        service: "finance.bookkeeping", description: ["en": "Monthly books."], languages: ["en", "es"], areas: ["us-il-chicago"],
        capacityPerMonth: 0, cost: .slidingScale, coopFluent: true, modes: [.inPerson, .remote], sources: [validSource])
}

private func validNeed() -> Need {
    Need(
        id: NeedID(NameBasedUUID.make("tejido:need:kola-nut-collaborative:capital.loans")), organization: organizationID, service: "capital.loans",
        description: ["es": "Necesitamos un préstamo."], urgency: .high, status: .open, since: "2023-12-30", sources: [validSource])
}

private func validRelationship() -> Relationship {
    Relationship(
        id: RelationshipID(NameBasedUUID.make("tejido:relationship:a:collaborated_with:b")), kind: .collaboratedWith, from: organizationID,
        to: otherOrganizationID, since: "2023", until: "2024-06", weight: 1, note: ["en": "Fellowship."], sources: [validSource])
}

private func validArea() -> Area {
    Area(
        id: "us-il-chicago-englewood", kind: .communityArea, parent: "us-il-chicago", names: ["en": "Englewood", "es": "Englewood"],
        centroid: .init(lat: 41.7798, lon: -87.6459), sources: [validSource])
}

private func validService() -> Service {
    Service(
        code: "finance.bookkeeping", parent: "finance", labels: ["en": "Bookkeeping", "el": "Τήρηση βιβλίων"],
        synonyms: ["es": ["contabilidad"]], description: ["en": "Keeping the books."])
}

private func validReferral() -> Referral {
    Referral(
        id: ReferralID(NameBasedUUID.make("tejido:referral:1")), referrer: otherOrganizationID, client: thirdOrganizationID, provider: organizationID,
        service: "finance.bookkeeping", message: "Please help", status: .completed, outcome: .init(result: .met, rating: 5),
        history: [.init(status: .sent, at: Date(timeIntervalSince1970: 1_700_000_000))])
}

private func validReport() -> ActivityReport {
    ActivityReport(
        id: ActivityReportID(NameBasedUUID.make("tejido:activity-report:kola-nut-collaborative:2024-01-01")), reportingOrganization: organizationID,
        convener: otherOrganizationID, periodStart: "2024-01-01", periodEnd: "2024-01-31", submittedOn: "2024-02", submittedBy: "Zen",
        counts: ["individual_consulting_sessions": 4, "workshops": 0], participantsByArea: ["us-il-chicago-englewood": 3, "us": 0],
        organizationsWorkedWith: [thirdOrganizationID],
        needsExpressed: [.init(text: ["en": "Bookkeeping help"], services: ["finance.bookkeeping", "finance.tax"])],
        gapsObserved: [.init(text: ["en": "Co-op fluent lawyers"], services: ["legal"])],
        demographics: .init(raceEthnicity: ["Black"], gender: ["women"], ageRanges: ["25-34"], notes: ["en": "Mostly youth."]), sources: [validSource])
}

private func fields(_ record: some Validatable) -> [String] { record.validationIssues().map(\.field) }

private func check<Record: Validatable>(_ valid: Record, _ rule: BrokenRule<Record>) {
    var record = valid
    rule.breaking(&record)
    let issues = record.validationIssues()
    #expect(issues.map(\.field) == rule.fields, "\(issues)")
    #expect(issues.allSatisfy { !$0.message.isEmpty })
}

@Suite("Valid records have no issues")
struct ValidRecordTests {
    @Test("a valid organization has no issues") func organization() { #expect(validOrganization().validationIssues() == []) }
    @Test("a valid location has no issues") func location() { #expect(validLocation().validationIssues() == []) }
    @Test("a valid offering has no issues") func offering() { #expect(validOffering().validationIssues() == []) }
    @Test("a valid need has no issues") func need() { #expect(validNeed().validationIssues() == []) }
    @Test("a valid relationship has no issues") func relationship() { #expect(validRelationship().validationIssues() == []) }
    @Test("a valid area has no issues") func area() { #expect(validArea().validationIssues() == []) }
    @Test("a valid service has no issues") func service() { #expect(validService().validationIssues() == []) }
    @Test("a valid completed referral has no issues") func referral() { #expect(validReferral().validationIssues() == []) }
    @Test("a valid activity report has no issues") func report() { #expect(validReport().validationIssues() == []) }
    @Test("a valid source has no issues") func source() { #expect(validSource.validationIssues() == []) }

    @Test("a minimal organization (only the required fields) is valid")
    func minimalOrganization() {
        let organization = Organization(id: organizationID, slug: "ab", name: "AB", kinds: [.other], sources: [Source(document: "import:hsds:2026-11-23")])
        #expect(organization.validationIssues() == [])
    }

    @Test("a two-letter country area id and a root service are valid")
    func rootRecords() {
        #expect(Area(id: "gr", kind: .country, names: ["el": "Ελλάδα"]).validationIssues() == [])
        #expect(Service(code: "finance", labels: ["en": "Finance"]).validationIssues() == [])
    }

    @Test("validate() throws every issue, and does not throw for a valid record")
    func validateThrows() throws {
        try validOrganization().validate()
        var organization = validOrganization()
        organization.name = " "
        organization.kinds = []
        let error = #expect(throws: ValidationError.self) { try organization.validate() }
        #expect(error?.issues.map(\.field) == ["name", "kinds"])
        #expect(error?.description.contains("name: ") == true)
    }

    @Test("an issue moved under a prefix joins the paths with a dot")
    func under() {
        #expect(ValidationIssue("country", "bad").under("locations[0]").field == "locations[0].country")
        #expect(ValidationIssue("", "bad").under("organizations[3]").field == "organizations[3]")
    }
}

@Suite("Organization rules")
struct OrganizationRuleTests {
    static let rules: [BrokenRule<Organization>] = [
        .init("slug with spaces and capitals", ["slug"]) { $0.slug = "Kola Nut" },
        .init("one-character slug", ["slug"]) { $0.slug = "k" },
        .init("slug with a double hyphen", ["slug"]) { $0.slug = "kola--nut" },
        .init("slug ending in a hyphen", ["slug"]) { $0.slug = "kola-nut-" },
        .init("slug of 81 characters", ["slug"]) { $0.slug = Slug(String(repeating: "a", count: 81)) },
        .init("slug with an accent", ["slug"]) { $0.slug = "cooperació" },
        .init("blank name", ["name"]) { $0.name = "  \n" },
        .init("name of 301 characters", ["name"]) { $0.name = String(repeating: "n", count: 301) },
        .init("blank alternate name", ["alternate_names[0].name"]) { $0.alternateNames[0].name = "" },
        .init("alternate name with a bad language", ["alternate_names[1].language"]) {
            $0.alternateNames.append(AlternateName(name: "KNC", language: "english", kind: .acronym))
        },
        .init("description keyed by a bad language", ["description.spanish"]) { $0.description.values["spanish"] = "x" },
        .init("no kinds", ["kinds"]) { $0.kinds = [] },
        .init("a kind listed twice", ["kinds"]) { $0.kinds = [.workerCoop, .workerCoop] },
        .init("email without @", ["email"]) { $0.email = "hello.kolanut.org" },
        .init("email with two @", ["email"]) { $0.email = "a@b@c.org" },
        .init("email with a space", ["email"]) { $0.email = "a b@c.org" },
        .init("email with nothing before @", ["email"]) { $0.email = "@c.org" },
        .init("website without a scheme", ["website"]) { $0.website = "kolanut.example.org" },
        .init("location with a lowercase country", ["locations[0].country"]) { $0.locations[0].country = "us" },
        .init("location with a three-letter country", ["locations[0].country"]) { $0.locations[0].country = "USA" },
        .init("second location with a bad country", ["locations[1].country"]) { $0.locations.append(Location(country: "Greece")) },
        .init("location latitude out of range", ["locations[0].lat"]) { $0.locations[0].lat = 91 },
        .init("location longitude out of range", ["locations[0].lon"]) { $0.locations[0].lon = -180.5 },
        .init("location latitude without longitude", ["locations[0].lon"]) { $0.locations[0].lon = nil },
        .init("location longitude without latitude", ["locations[0].lat"]) { $0.locations[0].lat = nil },
        .init("location with a malformed area", ["locations[0].area"]) { $0.locations[0].area = "US IL Chicago" },
        .init("malformed service area", ["service_areas[1]"]) { $0.serviceAreas[1] = "US" },
        .init("malformed language", ["languages[1]"]) { $0.languages[1] = "spanish" },
        .init("language with an empty subtag", ["languages[0]"]) { $0.languages[0] = "en-" },
        .init("negative co-op clients", ["coop_fluency.coop_clients"]) { $0.coopFluency = CoopFluency(level: .some, coopClients: -1) },
        .init("contact without a name", ["contacts[0].name"]) { $0.contacts[0].name = " " },
        .init("no sources", ["sources"]) { $0.sources = [] },
        .init("source without a document", ["sources[0].document"]) { $0.sources[0].document = "" },
        .init("source with a blank quote", ["sources[0].quote"]) { $0.sources[0].quote = "   " },
        .init("source with a bad language", ["sources[0].language"]) { $0.sources[0].language = "e" },
        .init("second source with a bad date", ["sources[1].date"]) { $0.sources.append(Source(document: "x.txt", date: "2024-13")) },
    ]

    @Test("each organization rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Organization>) { check(validOrganization(), rule) }

    @Test("several broken rules are all reported, in field order")
    func several() {
        var organization = validOrganization()
        organization.slug = "Bad"
        organization.locations[0].country = "usa"
        organization.sources = []
        #expect(fields(organization) == ["slug", "locations[0].country", "sources"])
    }
}

@Suite("Location rules")
struct LocationRuleTests {
    static let rules: [BrokenRule<Location>] = [
        .init("empty country", ["country"]) { $0.country = "" },
        .init("lowercase country", ["country"]) { $0.country = "gr" },
        .init("non-ASCII country", ["country"]) { $0.country = "ΕΛ" },
        .init("latitude above 90", ["lat"]) { $0.lat = 90.0001 },
        .init("longitude below -180", ["lon"]) { $0.lon = -181 },
        .init("both out of range", ["lat", "lon"]) {
            $0.lat = -100
            $0.lon = 200
        },
        .init("latitude alone", ["lon"]) { $0.lon = nil },
        .init("longitude alone", ["lat"]) { $0.lat = nil },
        .init("malformed area", ["area"]) { $0.area = "gr_attica" },
    ]

    @Test("each location rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Location>) { check(validLocation(), rule) }

    @Test("a location with neither coordinate and no area is valid")
    func bare() { #expect(Location(country: "CL").validationIssues() == []) }

    @Test("the edges of the coordinate ranges are valid")
    func edges() { #expect(Location(country: "ES", lat: -90, lon: 180).validationIssues() == []) }
}

@Suite("Source rules")
struct SourceRuleTests {
    static let rules: [BrokenRule<Source>] = [
        .init("blank document", ["document"]) { $0.document = " " },
        .init("document of 301 characters", ["document"]) { $0.document = String(repeating: "d", count: 301) },
        .init("blank quote", ["quote"]) { $0.quote = "\n" },
        .init("bad language", ["language"]) { $0.language = "español" },
        .init("date with a bad month", ["date"]) { $0.date = "2024-00" },
        .init("date in another format", ["date"]) { $0.date = "30/12/2020" },
    ]

    @Test("each source rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Source>) { check(validSource, rule) }
}

@Suite("Offering rules")
struct OfferingRuleTests {
    static let rules: [BrokenRule<Offering>] = [
        .init("capitalised service code", ["service"]) { $0.service = "Finance.Bookkeeping" },
        .init("service code with an empty segment", ["service"]) { $0.service = "finance..bookkeeping" },
        .init("service code starting with a digit", ["service"]) { $0.service = "1finance" },
        .init("description keyed by a bad language", ["description.e1"]) { $0.description.values["e1"] = "x" },
        .init("bad language", ["languages[1]"]) { $0.languages[1] = "castellano" },
        .init("malformed area", ["areas[0]"]) { $0.areas[0] = "Chicago" },
        .init("negative capacity", ["capacity_per_month"]) { $0.capacityPerMonth = -1 },
        .init("source without a document", ["sources[0].document"]) { $0.sources[0].document = "" },
    ]

    @Test("each offering rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Offering>) { check(validOffering(), rule) }
}

@Suite("Need rules")
struct NeedRuleTests {
    static let rules: [BrokenRule<Need>] = [
        .init("malformed service code", ["service"]) { $0.service = "capital loans" },
        .init("description keyed by a bad language", ["description.e"]) { $0.description.values["e"] = "x" },
        .init("since on a day that does not exist", ["since"]) { $0.since = "2023-02-29" },
        .init("since in a bad format", ["since"]) { $0.since = "12/2023" },
        .init("source with a bad date", ["sources[0].date"]) { $0.sources[0].date = "2023-1" },
    ]

    @Test("each need rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Need>) { check(validNeed(), rule) }
}

@Suite("Relationship rules")
struct RelationshipRuleTests {
    static let rules: [BrokenRule<Relationship>] = [
        .init("relationship with itself", ["to"]) { $0.to = $0.from },
        .init("malformed since", ["since"]) { $0.since = "2023-13" },
        .init("malformed until", ["until"]) { $0.until = "24" },
        .init("until before since", ["until"]) {
            $0.since = "2024-03-01"
            $0.until = "2023-12"
        },
        .init("zero weight", ["weight"]) { $0.weight = 0 },
        .init("weight above one", ["weight"]) { $0.weight = 1.01 },
        .init("negative weight", ["weight"]) { $0.weight = -0.5 },
        .init("note keyed by a bad language", ["note.english"]) { $0.note.values["english"] = "x" },
        .init("source with a blank quote", ["sources[0].quote"]) { $0.sources[0].quote = "" },
    ]

    @Test("each relationship rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Relationship>) { check(validRelationship(), rule) }

    @Test("an until known only to the year is not before a since in that same year")
    func untilSameYear() {
        var relationship = validRelationship()
        relationship.since = "2020-05"
        relationship.until = "2020"
        #expect(relationship.validationIssues() == [])
    }

    @Test("a relationship with neither date nor weight is valid")
    func bare() {
        let relationship = Relationship(id: RelationshipID(NameBasedUUID.make("test:relationship:bare")), kind: .memberOf, from: organizationID, to: otherOrganizationID)
        #expect(relationship.validationIssues() == [])
    }
}

@Suite("Area rules")
struct AreaRuleTests {
    static let rules: [BrokenRule<Area>] = [
        .init("uppercase id", ["id"]) { $0.id = "US-IL-CHICAGO-ENGLEWOOD" },
        .init("uppercase two-letter id", ["id"]) { $0.id = "US" },
        .init("id with an underscore", ["id"]) { $0.id = "us_il" },
        .init("malformed parent", ["parent"]) { $0.parent = "US IL" },
        .init("its own parent", ["parent"]) { $0.parent = $0.id },
        .init("no names", ["names"]) { $0.names = [:] },
        .init("only blank names", ["names"]) { $0.names = ["en": " "] },
        .init("name keyed by a bad language", ["names.english"]) { $0.names.values["english"] = "Englewood" },
        .init("centroid latitude out of range", ["centroid.lat"]) { $0.centroid = .init(lat: 100, lon: 0) },
        .init("centroid longitude out of range", ["centroid.lon"]) { $0.centroid = .init(lat: 0, lon: 190) },
        .init("source without a document", ["sources[0].document"]) { $0.sources[0].document = "" },
    ]

    @Test("each area rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Area>) { check(validArea(), rule) }
}

@Suite("Service rules")
struct ServiceRuleTests {
    static let rules: [BrokenRule<Service>] = [
        .init("malformed code", ["code"]) { $0 = Service(code: "Finance", labels: ["en": "Finance"]) },
        .init("code with a hyphen", ["code"]) { $0.code = "finance.book-keeping" },
        .init("parent that is not the code's parent", ["parent"]) { $0.parent = "planning" },
        .init("dotted code without a parent", ["parent"]) { $0.parent = nil },
        .init("root code with a parent", ["parent"]) { $0 = Service(code: "finance", parent: "money", labels: ["en": "Finance"]) },
        .init("no English label", ["labels.en"]) { $0.labels.values["en"] = nil },
        .init("empty English label", ["labels.en"]) { $0.labels.values["en"] = "" },
        .init("blank English label", ["labels.en"]) { $0.labels.values["en"] = "  " },
        .init("label keyed by a bad language", ["labels.greek"]) { $0.labels.values["greek"] = "Λογιστική" },
    ]

    @Test("each service rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Service>) { check(validService(), rule) }
}

@Suite("Referral rules")
struct ReferralRuleTests {
    static let rules: [BrokenRule<Referral>] = [
        .init("malformed service", ["service"]) { $0.service = "Finance" },
        .init("client referred to itself", ["provider"]) { $0.provider = $0.client },
        .init("completed without an outcome", ["outcome"]) { $0.outcome = nil },
        .init("outcome while only sent", ["outcome"]) { $0.status = .sent },
        .init("rating above five", ["outcome.rating"]) { $0.outcome = .init(result: .partly, rating: 6) },
        .init("rating of zero", ["outcome.rating"]) { $0.outcome = .init(result: .unmet, rating: 0) },
    ]

    @Test("each referral rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<Referral>) { check(validReferral(), rule) }

    @Test("an open referral without an outcome, and a completed one without a rating, are valid")
    func valid() {
        var referral = validReferral()
        referral.status = .proposed
        referral.outcome = nil
        #expect(referral.validationIssues() == [])
        referral.status = .completed
        referral.outcome = .init(result: .partly)
        #expect(referral.validationIssues() == [])
    }
}

@Suite("Activity report rules")
struct ActivityReportRuleTests {
    static let rules: [BrokenRule<ActivityReport>] = [
        .init("period start known only to the month", ["period_start"]) { $0.periodStart = "2024-01" },
        .init("period end known only to the year", ["period_end"]) { $0.periodEnd = "2024" },
        .init("period end before period start", ["period_end"]) { $0.periodEnd = "2023-12-31" },
        .init("malformed submitted_on", ["submitted_on"]) { $0.submittedOn = "2024-02-30" },
        .init("negative count", ["counts.individual_consulting_sessions"]) { $0.counts["individual_consulting_sessions"] = -4 },
        .init("malformed area key", ["participants_by_area.US-IL"]) { $0.participantsByArea["US-IL"] = 1 },
        .init("negative participants", ["participants_by_area.us"]) { $0.participantsByArea["us"] = -2 },
        .init("malformed service in a need expressed", ["needs_expressed[0].services[1]"]) { $0.needsExpressed[0].services[1] = "Finance.Tax" },
        .init("malformed service in a gap observed", ["gaps_observed[1].services[0]"]) {
            $0.gapsObserved.append(.init(text: ["en": "x"], services: ["legal advice"]))
        },
        .init("source without a document", ["sources[0].document"]) { $0.sources[0].document = "" },
    ]

    @Test("each activity report rule is reported under its field", arguments: rules)
    func rule(_ rule: BrokenRule<ActivityReport>) { check(validReport(), rule) }

    @Test("a one-day period is valid")
    func oneDay() {
        var report = validReport()
        report.periodEnd = report.periodStart
        #expect(report.validationIssues() == [])
    }
}

@Suite("Dataset references")
struct DatasetReferenceTests {
    private func dataset() -> DirectoryDataset {
        DirectoryDataset(
            services: [Service(code: "finance", labels: ["en": "Finance"]), validService()],
            areas: [Area(id: "us", kind: .country, names: ["en": "United States"])],
            organizations: [
                Organization(id: organizationID, slug: "kola-nut-collaborative", name: "Kola", kinds: [.workerCoop], serviceAreas: ["us"], sources: [validSource]),
                Organization(id: otherOrganizationID, slug: "dawi", name: "DAWI", kinds: [.coopDeveloper], sources: [validSource]),
            ])
    }

    @Test("a consistent dataset has no problems")
    func consistent() { #expect(DatasetValidator().problems(in: dataset()) == []) }

    @Test("an offering of a code the taxonomy lacks names the record and suggests the code")
    func unknownService() throws {
        var data = dataset()
        data.offerings = [Offering(id: OfferingID(NameBasedUUID.make("test:offering:typo")), organization: organizationID, service: "finance.bookeeping")]
        let problems = DatasetValidator().problems(in: data)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.record == "offerings[0] (kola-nut-collaborative: finance.bookeeping)")
        #expect(problem.issue.field == "service")
        #expect(problem.issue.message.contains("did you mean 'finance.bookkeeping'"))
    }

    @Test("references to unknown organizations and areas name their fields")
    func dangling() {
        var data = dataset()
        data.organizations[0].serviceAreas = ["us", "cl"]
        data.relationships = [Relationship(id: RelationshipID(NameBasedUUID.make("test:relationship:dangling")), kind: .memberOf, from: organizationID, to: thirdOrganizationID)]
        let problems = DatasetValidator().problems(in: data)
        #expect(problems.map(\.issue.field) == ["service_areas[1]", "to"])
        #expect(problems.map(\.record) == ["organizations[0] (kola-nut-collaborative)", "relationships[0] (kola-nut-collaborative: member_of)"])
    }

    @Test("a duplicate slug is reported on the second organization")
    func duplicateSlug() {
        var data = dataset()
        data.organizations[1].slug = "kola-nut-collaborative"
        let problems = DatasetValidator().problems(in: data)
        #expect(problems.map(\.record) == ["organizations[1] (kola-nut-collaborative)"])
        #expect(problems.map(\.issue.field) == ["slug"])
    }

    @Test("an unknown service in a report's needs is reported under that statement's field")
    func reportStatementService() {
        var data = dataset()
        data.activityReports = [
            ActivityReport(
                id: ActivityReportID(NameBasedUUID.make("test:report:statement")), reportingOrganization: organizationID, periodStart: "2024-01-01", periodEnd: "2024-01-31",
                needsExpressed: [.init(text: ["en": "x"], services: ["finance", "finance.payroll"])])
        ]
        let problems = DatasetValidator().problems(in: data)
        #expect(problems.map(\.issue.field) == ["needs_expressed[0].services[1]"])
    }
}

@Suite("Blank text")
struct BlankTextTests {
    @Test("isBlank agrees with trimming white space and line breaks, for every character of the first plane and for mixed texts")
    func agreesWithTrimming() {
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(text.isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "U+\(String(value, radix: 16))")
        }
        for text in ["", " \t\n\r\u{85}\u{A0}\u{2028}\u{3000}", " a ", "\u{200B}", "\u{FEFF}", " \u{301} "] {
            #expect(text.isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("a long name is measured in characters, not bytes")
    func lengthInCharacters() {
        let greek = String(repeating: "λ", count: 300)
        #expect(greek.utf8.count == 600)
        #expect(Source(document: greek).validationIssues().isEmpty)
        #expect(Source(document: greek + "λ").validationIssues().first?.message == "is 301 characters long; at most 300 are allowed")
    }
}
