import Foundation
import TejidoModel

/// Reads Tejido's seed directory (`seed/`: taxonomy, areas and one organizations file per region)
/// into a ``DirectoryDataset``, checking every rule and every reference. The format is documented
/// in `docs/seed-format.md`: offerings and needs nest inside their organization, and relationships
/// and activity reports name organizations by slug. Nothing malformed is skipped silently: every
/// problem is reported with its file, record and field.
public struct SeedLoader: Sendable {
    /// The seed directory.
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// Where a nested record came from in its file, to name it there in errors.
    struct Origin {
        var record: String
        var field: String
    }

    /// One organizations file, parsed.
    struct Part {
        var file: String
        var dataset = DirectoryDataset()
        var offeringOrigins: [Origin] = []
        var needOrigins: [Origin] = []
    }

    /// The whole seed, valid and resolved, or every problem found.
    public func load() throws(SeedError) -> DirectoryDataset {
        var problems: [SeedError.Problem] = []
        let taxonomyFile = "taxonomy.json", areasFile = "areas.json"
        var dataset = DirectoryDataset()
        dataset.services = records(Service.self, in: taxonomyFile, key: "services", label: { $0["code"] as? String }, problems: &problems)
        dataset.areas = records(Area.self, in: areasFile, key: "areas", label: { $0["id"] as? String }, problems: &problems)

        var slugToID: [String: OrganizationID] = [:]
        var rawFiles: [(String, [String: Any])] = []
        for file in organizationsFiles(problems: &problems) {
            let display = "organizations/" + file
            guard let object = readObject(directory.appendingPathComponent("organizations").appendingPathComponent(file), display: display, problems: &problems) else { continue }
            rawFiles.append((file, object))
            for case let record as [String: Any] in object["organizations"] as? [Any] ?? [] {
                if let slug = record["slug"] as? String, let id = (record["id"] as? String).flatMap(OrganizationID.init) { slugToID[slug] = slugToID[slug] ?? id }
            }
        }
        let parts = rawFiles.map { file, object in organizationsPart(object, file: file, slugs: slugToID, problems: &problems) }
        guard problems.isEmpty else { throw SeedError(problems) }

        let allOrganizations = parts.flatMap(\.dataset.organizations)
        let validator = DatasetValidator(
            knownServices: Set(dataset.services.map(\.code)), knownAreas: Set(dataset.areas.map(\.id)), knownOrganizations: Set(allOrganizations.map(\.id))
        )
        for problem in validator.problems(in: DirectoryDataset(services: dataset.services, areas: dataset.areas)) {
            let file = problem.kind == .service ? taxonomyFile : areasFile
            problems.append(.init(file: file, record: problem.record, field: problem.issue.field, message: problem.issue.message))
        }
        for part in parts {
            for problem in validator.problems(in: part.dataset) {
                // Offerings and needs are written inside their organization: name them there.
                let origin: Origin? = switch (problem.kind, problem.index) {
                case (.offering?, let index?): part.offeringOrigins[index]
                case (.need?, let index?): part.needOrigins[index]
                default: nil
                }
                let field = origin.map { $0.field + "." + problem.issue.field } ?? problem.issue.field
                problems.append(.init(file: "organizations/" + part.file, record: origin?.record ?? problem.record, field: field, message: problem.issue.message))
            }
        }
        var seenSlugs: [Slug: String] = [:], seenIDs: [OrganizationID: String] = [:]
        for part in parts {
            for organization in part.dataset.organizations {
                if let other = seenSlugs[organization.slug], other != part.file {
                    problems.append(.init(file: "organizations/" + part.file, record: organization.slug.rawValue, field: "slug", message: "'\(organization.slug)' is also used in organizations/\(other)"))
                }
                if let other = seenIDs[organization.id], other != part.file {
                    problems.append(.init(file: "organizations/" + part.file, record: organization.slug.rawValue, field: "id", message: "'\(organization.id)' is also used in organizations/\(other)"))
                }
                seenSlugs[organization.slug] = part.file
                seenIDs[organization.id] = part.file
            }
        }
        guard problems.isEmpty else { throw SeedError(problems) }
        for part in parts {
            dataset.organizations += part.dataset.organizations
            dataset.offerings += part.dataset.offerings
            dataset.needs += part.dataset.needs
            dataset.relationships += part.dataset.relationships
            dataset.activityReports += part.dataset.activityReports
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

    private func readObject(_ url: URL, display: String, problems: inout [SeedError.Problem]) -> [String: Any]? {
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

    /// The list under `key`: missing is empty, anything but a list is a problem.
    private func list(_ object: [String: Any], _ key: String, file: String, record: String = "", problems: inout [SeedError.Problem]) -> [Any] {
        guard let value = object[key], !(value is NSNull) else { return [] }
        guard let list = value as? [Any] else {
            problems.append(.init(file: file, record: record, field: key, message: "must be a list"))
            return []
        }
        return list
    }

    private func records<T: Decodable>(
        _ type: T.Type, in file: String, key: String, label: ([String: Any]) -> String?, problems: inout [SeedError.Problem]
    ) -> [T] {
        guard let object = readObject(directory.appendingPathComponent(file), display: file, problems: &problems) else { return [] }
        guard object[key] is [Any] else {
            problems.append(.init(file: file, record: "", field: key, message: "must be a list"))
            return []
        }
        var result: [T] = []
        for (index, element) in list(object, key, file: file, problems: &problems).enumerated() {
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
    private func organizationsPart(_ object: [String: Any], file: String, slugs: [String: OrganizationID], problems: inout [SeedError.Problem]) -> Part {
        var part = Part(file: file)
        let display = "organizations/" + file
        func fail(_ record: String, _ issue: ValidationIssue) {
            problems.append(.init(file: display, record: record, field: issue.field, message: issue.message))
        }
        func resolve(_ value: Any?, _ record: String, _ field: String, required: Bool = true) -> String? {
            guard let value, !(value is NSNull) else {
                if required { fail(record, ValidationIssue(field, "is required but missing")) }
                return nil
            }
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
        func objects(_ key: String, in container: [String: Any], record: String = "", named: (Int) -> String) -> [(Int, [String: Any])] {
            list(container, key, file: display, record: record, problems: &problems).enumerated().compactMap { index, element in
                guard let fields = element as? [String: Any] else {
                    fail(record.isEmpty ? named(index) : record, ValidationIssue(record.isEmpty ? "" : "\(key)[\(index)]", "must be an object"))
                    return nil
                }
                return (index, fields)
            }
        }

        for (index, var record) in objects("organizations", in: object, named: { "organizations[\($0)]" }) {
            let name = "organizations[\(index)]" + ((record["slug"] as? String).map { " (\($0))" } ?? "")
            let offerings = objects("offerings", in: record, record: name, named: { _ in name })
            let needs = objects("needs", in: record, record: name, named: { _ in name })
            record["offerings"] = nil
            record["needs"] = nil
            switch JSONRecordDecoder.decode(Organization.self, from: record) {
            case .failure(let issue): fail(name, issue)
            case .success(let organization):
                part.dataset.organizations.append(organization)
                for (position, var fields) in offerings {
                    fields["organization"] = organization.id.description
                    switch JSONRecordDecoder.decode(Offering.self, from: fields) {
                    case .success(let value):
                        part.dataset.offerings.append(value)
                        part.offeringOrigins.append(Origin(record: name, field: "offerings[\(position)]"))
                    case .failure(let issue): fail(name, issue.under("offerings[\(position)]"))
                    }
                }
                for (position, var fields) in needs {
                    fields["organization"] = organization.id.description
                    switch JSONRecordDecoder.decode(Need.self, from: fields) {
                    case .success(let value):
                        part.dataset.needs.append(value)
                        part.needOrigins.append(Origin(record: name, field: "needs[\(position)]"))
                    case .failure(let issue): fail(name, issue.under("needs[\(position)]"))
                    }
                }
            }
        }
        for (index, var fields) in objects("relationships", in: object, named: { "relationships[\($0)]" }) {
            let name = "relationships[\(index)]"
            let from = resolve(fields["from"], name, "from"), to = resolve(fields["to"], name, "to")
            guard let from, let to else { continue }
            fields["from"] = from
            fields["to"] = to
            switch JSONRecordDecoder.decode(Relationship.self, from: fields) {
            case .success(let value): part.dataset.relationships.append(value)
            case .failure(let issue): fail(name, issue)
            }
        }
        for (index, var fields) in objects("activity_reports", in: object, named: { "activity_reports[\($0)]" }) {
            let name = "activity_reports[\(index)]"
            let reporter = resolve(fields["reporting_org"], name, "reporting_org")
            let convener = resolve(fields["convener"], name, "convener", required: false)
            let worked = list(fields, "organizations_worked_with", file: display, record: name, problems: &problems).enumerated()
                .map { resolve($1, name, "organizations_worked_with[\($0)]") }
            guard let reporter, !worked.contains(where: { $0 == nil }) else { continue }
            fields["reporting_org"] = reporter
            fields["convener"] = convener
            fields["organizations_worked_with"] = worked.compactMap { $0 }
            switch JSONRecordDecoder.decode(ActivityReport.self, from: fields) {
            case .success(let value): part.dataset.activityReports.append(value)
            case .failure(let issue): fail(name, issue)
            }
        }
        return part
    }
}
