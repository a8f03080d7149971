/// A periodic report a member sends its convener (the monthly CCWBE report): every count it
/// gives, who it served by area, the needs clients expressed and the gaps the member sees.
public struct ActivityReport: Hashable, Sendable, Codable, Identifiable {
    /// A statement in the report, with the services it is about.
    public struct Statement: Hashable, Sendable, Codable {
        public var text: LocalizedText
        public var services: [ServiceCode]
        public init(text: LocalizedText, services: [ServiceCode] = []) {
            self.text = text
            self.services = services
        }
        enum CodingKeys: String, CodingKey { case text, services}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            text = try c.decode(.text, default: [:])
            services = try c.decode(.services, default: [])
        }
    }

    /// The participants' demographics, as the report gives them.
    public struct Demographics: Hashable, Sendable, Codable {
        public var raceEthnicity: [String]
        public var gender: [String]
        public var ageRanges: [String]
        public var notes: LocalizedText
        public init(raceEthnicity: [String] = [], gender: [String] = [], ageRanges: [String] = [], notes: LocalizedText = [:]) {
            self.raceEthnicity = raceEthnicity
            self.gender = gender
            self.ageRanges = ageRanges
            self.notes = notes
        }
        enum CodingKeys: String, CodingKey { case raceEthnicity = "race_ethnicity", gender, ageRanges = "age_ranges", notes}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            raceEthnicity = try c.decode(.raceEthnicity, default: [])
            gender = try c.decode(.gender, default: [])
            ageRanges = try c.decode(.ageRanges, default: [])
            notes = try c.decode(.notes, default: [:])
        }
    }

    public var id: ActivityReportID
    public var reportingOrganization: OrganizationID
    public var convener: OrganizationID?
    public var periodStart: PartialDate
    public var periodEnd: PartialDate
    public var submittedOn: PartialDate?
    /// A person: private.
    public var submittedBy: String?
    public var counts: [String: Int]
    public var participantsByArea: [AreaID: Int]
    public var organizationsWorkedWith: [OrganizationID]
    public var needsExpressed: [Statement]
    public var gapsObserved: [Statement]
    public var demographics: Demographics?
    public var sources: [Source]

    public init(
        id: ActivityReportID, reportingOrganization: OrganizationID, convener: OrganizationID? = nil, periodStart: PartialDate, periodEnd: PartialDate,
        submittedOn: PartialDate? = nil, submittedBy: String? = nil, counts: [String: Int] = [:], participantsByArea: [AreaID: Int] = [:],
        organizationsWorkedWith: [OrganizationID] = [], needsExpressed: [Statement] = [], gapsObserved: [Statement] = [],
        demographics: Demographics? = nil, sources: [Source] = []
    ) {
        self.id = id
        self.reportingOrganization = reportingOrganization
        self.convener = convener
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.submittedOn = submittedOn
        self.submittedBy = submittedBy
        self.counts = counts
        self.participantsByArea = participantsByArea
        self.organizationsWorkedWith = organizationsWorkedWith
        self.needsExpressed = needsExpressed
        self.gapsObserved = gapsObserved
        self.demographics = demographics
        self.sources = sources
    }

    /// The report without the private submitter.
    public var publicView: ActivityReport {
        var copy = self
        copy.submittedBy = nil
        return copy
    }

    enum CodingKeys: String, CodingKey {
        case id, reportingOrganization = "reporting_org", convener, periodStart = "period_start", periodEnd = "period_end", submittedOn = "submitted_on", submittedBy = "submitted_by", counts, participantsByArea = "participants_by_area"
        case organizationsWorkedWith = "organizations_worked_with", needsExpressed = "needs_expressed", gapsObserved = "gaps_observed", demographics, sources
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ActivityReportID.self, forKey: .id)
        reportingOrganization = try c.decode(OrganizationID.self, forKey: .reportingOrganization)
        convener = try c.decodeIfPresent(OrganizationID.self, forKey: .convener)
        periodStart = try c.decode(PartialDate.self, forKey: .periodStart)
        periodEnd = try c.decode(PartialDate.self, forKey: .periodEnd)
        submittedOn = try c.decodeIfPresent(PartialDate.self, forKey: .submittedOn)
        submittedBy = try c.decodeIfPresent(String.self, forKey: .submittedBy)
        counts = try c.decode(.counts, default: [:])
        let byArea: [String: Int] = try c.decode(.participantsByArea, default: [:])
        participantsByArea = Dictionary(uniqueKeysWithValues: byArea.map { (AreaID($0.key), $0.value) })
        organizationsWorkedWith = try c.decode(.organizationsWorkedWith, default: [])
        needsExpressed = try c.decode(.needsExpressed, default: [])
        gapsObserved = try c.decode(.gapsObserved, default: [])
        demographics = try c.decodeIfPresent(Demographics.self, forKey: .demographics)
        sources = try c.decode(.sources, default: [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(reportingOrganization, forKey: .reportingOrganization)
        try c.encodeIfPresent(convener, forKey: .convener)
        try c.encode(periodStart, forKey: .periodStart)
        try c.encode(periodEnd, forKey: .periodEnd)
        try c.encodeIfPresent(submittedOn, forKey: .submittedOn)
        try c.encodeIfPresent(submittedBy, forKey: .submittedBy)
        try c.encode(counts, forKey: .counts)
        try c.encode(Dictionary(uniqueKeysWithValues: participantsByArea.map { ($0.key.rawValue, $0.value) }), forKey: .participantsByArea)
        try c.encode(organizationsWorkedWith, forKey: .organizationsWorkedWith)
        try c.encode(needsExpressed, forKey: .needsExpressed)
        try c.encode(gapsObserved, forKey: .gapsObserved)
        try c.encodeIfPresent(demographics, forKey: .demographics)
        try c.encode(sources, forKey: .sources)
    }
}
