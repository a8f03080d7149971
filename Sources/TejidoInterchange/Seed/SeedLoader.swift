import Foundation
import TejidoModel

/// Reads Tejido's seed directory (`seed/`: taxonomy, areas and one organizations file per region)
/// into a ``DirectoryDataset``, checking every rule and every reference. The format is documented
/// in `docs/seed-format.md`: offerings and needs nest inside their organization, and relationships
/// and activity reports name organizations by slug.
public struct SeedLoader: Sendable {
    /// The seed directory.
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The whole seed, valid and resolved, or every problem found.
    public func load() throws(SeedError) -> DirectoryDataset {
        var problems: [SeedError.Problem] = []
        let taxonomyFile = "taxonomy.json", areasFile = "areas.json"
        var dataset = DirectoryDataset()
        dataset.services = records(Service.self, in: taxonomyFile, key: "services", label: { $0["code"] as? String }, problems: &problems)
        dataset.areas = records(Area.self, in: areasFile, key: "areas", label: { $0["id"] as? String }, problems: &problems)

        var parts: [(file: String, part: DirectoryDataset)] = []
        var slugToID: [String: OrganizationID] = [:]
        let organizationFiles = organizationsFiles(problems: &problems)
        var rawFiles: [(String, [String: Any])] = []
        for file in organizationFiles {
            guard let object = readObject(file, problems: &problems) else { continue }
            rawFiles.append((file, object))
            for case let record as [String: Any] in object["organizations"] as? [Any] ?? [] {
                if let slug = record["slug"] as? String, let id = (record["id"] as? String).flatMap(OrganizationID.init) { slugToID[slug] = slugToID[slug] ?? id }
            }
        }
        for (file, object) in rawFiles {
            parts.append((file, organizationsPart(object, file: file, slugs: slugToID, problems: &problems)))
        }
        guard problems.isEmpty else { throw SeedError(problems) }

        let allOrganizations = parts.flatMap(\.part.organizations)
        let validator = DatasetValidator(
            knownServices: Set(dataset.services.map(\.code)), knownAreas: Set(dataset.areas.map(\.id)), knownOrganizations: Set(allOrganizations.map(\.id))
        )
        for problem in validator.problems(in: DirectoryDataset(services: dataset.services, areas: dataset.areas)) {
            let file = problem.record.hasPrefix("services") ? taxonomyFile : areasFile
            problems.append(.init(file: file, record: problem.record, field: problem.issue.field, message: problem.issue.message))
        }
        for (file, part) in parts {
            for problem in validator.problems(in: part) {
                problems.append(.init(file: "organizations/" + file, record: problem.record, field: problem.issue.field, message: problem.issue.message))
            }
        }
        var seenSlugs: [Slug: String] = [:], seenIDs: [OrganizationID: String] = [:]
        for (file, part) in parts {
            for organization in part.organizations {
                if let other = seenSlugs[organization.slug], other != file {
                    problems.append(.init(file: "organizations/" + file, record: organization.slug.rawValue, field: "slug", message: "'\(organization.slug)' is also used in organizations/\(other)"))
                }
                if let other = seenIDs[organization.id], other != file {
                    problems.append(.init(file: "organizations/" + file, record: organization.slug.rawValue, field: "id", message: "'\(organization.id)' is also used in organizations/\(other)"))
                }
                seenSlugs[organization.slug] = file
                seenIDs[organization.id] = file
            }
        }
        guard problems.isEmpty else { throw SeedError(problems) }
        for (_, part) in parts {
            dataset.organizations += part.organizations
            dataset.offerings += part.offerings
            dataset.needs += part.needs
            dataset.relationships += part.relationships
            dataset.activityReports += part.activityReports
        }
        return dataset
    }

    private func organizationsFiles(problems: inout [SeedError.Problem]) -> [String] {
        let folder = directory.appendingPathComponent("organizations")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            problems.append(.init(file: "organizations/", record: "", field: "", message: "the folder is missing from \(directory.path)"))
            return []
        }
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    private func readObject(_ file: String, problems: inout [SeedError.Problem]) -> [String: Any]? {
        let url = file.hasSuffix("taxonomy.json") || file.hasSuffix("areas.json") ? directory.appendingPathComponent(file) : directory.appendingPathComponent("organizations").appendingPathComponent(file)
        let display = url.path.hasPrefix(directory.path) ? String(url.path.dropFirst(directory.path.count + 1)) : file
        guard let data = FileManager.default.contents(atPath: url.path) else {
            problems.append(.init(file: display, record: "", field: "", message: "cannot be read"))
            return nil
        }
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                problems.append(.init(file: display, record: "", field: "", message: "must hold a JSON object at the top"))
                return nil
            }
            return object
        } catch {
            problems.append(.init(file: display, record: "", field: "", message: "is not valid JSON (\((error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"))"))
            return nil
        }
    }

    private func records<T: Decodable>(
        _ type: T.Type, in file: String, key: String, label: ([String: Any]) -> String?, problems: inout [SeedError.Problem]
    ) -> [T] {
        guard let object = readObject(file, problems: &problems) else { return [] }
        guard let list = object[key] as? [Any] else {
            problems.append(.init(file: file, record: "", field: key, message: "must be a list"))
            return []
        }
        var result: [T] = []
        for (index, element) in list.enumerated() {
            let name = "\(key)[\(index)]" + ((element as? [String: Any]).flatMap(label).map { " (\($0))" } ?? "")
            switch JSONRecordDecoder.decode(T.self, from: element) {
            case .success(let value): result.append(value)
            case .failure(let issue): problems.append(.init(file: file, record: name, field: issue.field, message: issue.message))
            }
        }
        return result
    }

    /// One organizations file: nested offerings and needs get their organization's id, and slugs in
    /// relationships and reports become ids.
    private func organizationsPart(_ object: [String: Any], file: String, slugs: [String: OrganizationID], problems: inout [SeedError.Problem]) -> DirectoryDataset {
        var part = DirectoryDataset()
        let display = "organizations/" + file
        func fail(_ record: String, _ issue: ValidationIssue) {
            problems.append(.init(file: display, record: record, field: issue.field, message: issue.message))
        }
        func resolve(_ value: Any?, _ record: String, _ field: String) -> String? {
            guard let value else { return nil }
            guard let slug = value as? String else {
                fail(record, ValidationIssue(field, "must be an organization slug"))
                return nil
            }
            if OrganizationID(slug) != nil { return slug }
            guard let id = slugs[slug] else {
                let hint = CloseMatch.best(for: slug, among: slugs.keys).map { "; did you mean '\($0)'?" } ?? ""
                fail(record, ValidationIssue(field, "no organization '\(slug)'\(hint)"))
                return nil
            }
            return id.description
        }

        for (index, element) in (object["organizations"] as? [Any] ?? []).enumerated() {
            guard var record = element as? [String: Any] else {
                fail("organizations[\(index)]", ValidationIssue("", "must be an object"))
                continue
            }
            let name = "organizations[\(index)]" + ((record["slug"] as? String).map { " (\($0))" } ?? "")
            let offerings = record.removeValue(forKey: "offerings") as? [Any] ?? []
            let needs = record.removeValue(forKey: "needs") as? [Any] ?? []
            switch JSONRecordDecoder.decode(Organization.self, from: record) {
            case .failure(let issue): fail(name, issue)
            case .success(let organization):
                part.organizations.append(organization)
                for (position, offering) in offerings.enumerated() {
                    guard var fields = offering as? [String: Any] else { continue }
                    fields["organization"] = organization.id.description
                    switch JSONRecordDecoder.decode(Offering.self, from: fields) {
                    case .success(let value): part.offerings.append(value)
                    case .failure(let issue): fail(name, issue.under("offerings[\(position)]"))
                    }
                }
                for (position, need) in needs.enumerated() {
                    guard var fields = need as? [String: Any] else { continue }
                    fields["organization"] = organization.id.description
                    switch JSONRecordDecoder.decode(Need.self, from: fields) {
                    case .success(let value): part.needs.append(value)
                    case .failure(let issue): fail(name, issue.under("needs[\(position)]"))
                    }
                }
            }
        }
        for (index, element) in (object["relationships"] as? [Any] ?? []).enumerated() {
            guard var fields = element as? [String: Any] else { continue }
            let name = "relationships[\(index)]"
            guard let from = resolve(fields["from"], name, "from"), let to = resolve(fields["to"], name, "to") else { continue }
            fields["from"] = from
            fields["to"] = to
            switch JSONRecordDecoder.decode(Relationship.self, from: fields) {
            case .success(let value): part.relationships.append(value)
            case .failure(let issue): fail(name, issue)
            }
        }
        for (index, element) in (object["activity_reports"] as? [Any] ?? []).enumerated() {
            guard var fields = element as? [String: Any] else { continue }
            let name = "activity_reports[\(index)]"
            guard let reporter = resolve(fields["reporting_org"], name, "reporting_org") else { continue }
            fields["reporting_org"] = reporter
            if let convener = fields["convener"] { fields["convener"] = resolve(convener, name, "convener") }
            let worked = (fields["organizations_worked_with"] as? [Any] ?? []).enumerated().compactMap { resolve($1, name, "organizations_worked_with[\($0)]") }
            fields["organizations_worked_with"] = worked
            switch JSONRecordDecoder.decode(ActivityReport.self, from: fields) {
            case .success(let value): part.activityReports.append(value)
            case .failure(let issue): fail(name, issue)
            }
        }
        return part
    }
}
