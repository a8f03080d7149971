/// Checks a whole dataset: each record's own rules, and the references between records (a service
/// code the taxonomy has, an area that exists, an organization an edge points to, unique ids and
/// slugs). `known` holds what is already stored, so a partial dataset can refer to it.
public struct DatasetValidator: Sendable {
    /// A broken rule located in the dataset: which record (`organizations[12] (kola-nut-collaborative)`) and which field.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var record: String
        public var issue: ValidationIssue
        /// The list the record is in, and its position there, so a caller can point at where the
        /// record came from (a seed file names an offering under its organization).
        public var kind: EntityKind?
        public var index: Int?
        public init(record: String, issue: ValidationIssue, kind: EntityKind? = nil, index: Int? = nil) {
            self.record = record
            self.issue = issue
            self.kind = kind
            self.index = index
        }
        public var description: String { "\(record): \(issue)" }
    }

    /// Codes, areas and organizations that exist beyond the dataset being checked.
    public var knownServices: Set<ServiceCode>
    public var knownAreas: Set<AreaID>
    public var knownOrganizations: Set<OrganizationID>

    public init(knownServices: Set<ServiceCode> = [], knownAreas: Set<AreaID> = [], knownOrganizations: Set<OrganizationID> = []) {
        self.knownServices = knownServices
        self.knownAreas = knownAreas
        self.knownOrganizations = knownOrganizations
    }

    /// Every problem in `dataset`, in record order.
    public func problems(in dataset: DirectoryDataset) -> [Problem] {
        var problems: [Problem] = []
        func check(_ record: String, _ issues: [ValidationIssue], _ kind: EntityKind, _ index: Int) {
            problems += issues.map { Problem(record: record, issue: $0, kind: kind, index: index) }
        }
        let services = knownServices.union(dataset.services.map(\.code))
        let areas = knownAreas.union(dataset.areas.map(\.id))
        let organizations = knownOrganizations.union(dataset.organizations.map(\.id))

        var seenCodes = Set<ServiceCode>()
        for (index, service) in dataset.services.enumerated() {
            var issues = service.validationIssues()
            if !seenCodes.insert(service.code).inserted { issues.append(.init("code", "'\(service.code)' appears twice")) }
            if let parent = service.parent, !services.contains(parent) { issues.append(.init("parent", "'\(parent)' is not in the taxonomy")) }
            check("services[\(index)] (\(service.code))", issues, .service, index)
        }
        var seenAreas = Set<AreaID>()
        for (index, area) in dataset.areas.enumerated() {
            var issues = area.validationIssues()
            if !seenAreas.insert(area.id).inserted { issues.append(.init("id", "'\(area.id)' appears twice")) }
            if let parent = area.parent, !areas.contains(parent) { issues.append(.init("parent", "no area '\(parent)'")) }
            check("areas[\(index)] (\(area.id))", issues, .area, index)
        }
        var seenIDs = Set<OrganizationID>(), seenSlugs = Set<Slug>()
        for (index, organization) in dataset.organizations.enumerated() {
            var issues = organization.validationIssues()
            if !seenIDs.insert(organization.id).inserted { issues.append(.init("id", "'\(organization.id)' appears twice")) }
            if !seenSlugs.insert(organization.slug).inserted { issues.append(.init("slug", "'\(organization.slug)' is already used by another organization")) }
            issues += unknownAreas(organization.serviceAreas, "service_areas", areas)
            for (position, location) in organization.locations.enumerated() {
                if let area = location.area, !areas.contains(area) { issues.append(.init("locations[\(position)].area", "no area '\(area)'")) }
            }
            check("organizations[\(index)] (\(organization.slug))", issues, .organization, index)
        }
        let slugs = Dictionary(dataset.organizations.map { ($0.id, $0.slug.rawValue) }, uniquingKeysWith: { first, _ in first })
        func owner(_ id: OrganizationID) -> String { slugs[id].map { $0 + ": " } ?? "" }
        var seenRecords = Set<String>()
        func duplicate(_ id: String) -> [ValidationIssue] {
            seenRecords.insert(id).inserted ? [] : [.init("id", "'\(id)' appears twice")]
        }
        for (index, offering) in dataset.offerings.enumerated() {
            var issues = offering.validationIssues() + duplicate(offering.id.description)
            issues += reference(offering.organization, "organization", organizations) + unknownService(offering.service, services)
            issues += unknownAreas(offering.areas, "areas", areas)
            check("offerings[\(index)] (\(owner(offering.organization))\(offering.service))", issues, .offering, index)
        }
        for (index, need) in dataset.needs.enumerated() {
            let issues = need.validationIssues() + duplicate(need.id.description) + reference(need.organization, "organization", organizations)
                + unknownService(need.service, services)
            check("needs[\(index)] (\(owner(need.organization))\(need.service))", issues, .need, index)
        }
        for (index, relationship) in dataset.relationships.enumerated() {
            let issues = relationship.validationIssues() + duplicate(relationship.id.description)
                + reference(relationship.from, "from", organizations) + reference(relationship.to, "to", organizations)
            check("relationships[\(index)] (\(owner(relationship.from))\(relationship.kind.rawValue))", issues, .relationship, index)
        }
        for (index, referral) in dataset.referrals.enumerated() {
            let issues = referral.validationIssues() + duplicate(referral.id.description) + unknownService(referral.service, services)
                + reference(referral.referrer, "referrer", organizations) + reference(referral.client, "client", organizations)
                + reference(referral.provider, "provider", organizations)
            check("referrals[\(index)]", issues, .referral, index)
        }
        for (index, report) in dataset.activityReports.enumerated() {
            var issues = report.validationIssues() + duplicate(report.id.description) + reference(report.reportingOrganization, "reporting_org", organizations)
            if let convener = report.convener { issues += reference(convener, "convener", organizations) }
            issues += unknownAreas(Array(report.participantsByArea.keys).sorted(), "participants_by_area", areas)
            for (position, id) in report.organizationsWorkedWith.enumerated() { issues += reference(id, "organizations_worked_with[\(position)]", organizations) }
            for (name, statements) in [("needs_expressed", report.needsExpressed), ("gaps_observed", report.gapsObserved)] {
                for (position, statement) in statements.enumerated() {
                    for (slot, code) in statement.services.enumerated() {
                        issues += unknownService(code, services, field: "\(name)[\(position)].services[\(slot)]")
                    }
                }
            }
            check("activity_reports[\(index)]", issues, .activityReport, index)
        }
        return problems
    }

    private func reference(_ id: OrganizationID, _ field: String, _ organizations: Set<OrganizationID>) -> [ValidationIssue] {
        organizations.contains(id) ? [] : [.init(field, "no organization with id '\(id)'")]
    }

    private func unknownService(_ code: ServiceCode, _ services: Set<ServiceCode>, field: String = "service") -> [ValidationIssue] {
        guard code.isValid, !services.contains(code) else { return [] }
        let hint = CloseMatch.best(for: code.rawValue, among: services.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
        return [.init(field, "'\(code)' is not in the taxonomy\(hint)")]
    }

    private func unknownAreas(_ ids: [AreaID], _ field: String, _ areas: Set<AreaID>) -> [ValidationIssue] {
        ids.enumerated().compactMap { index, id in
            areas.contains(id) || !id.isValid ? nil : .init("\(field)[\(index)]", "no area '\(id)'")
        }
    }
}
