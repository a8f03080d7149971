import Foundation
import TejidoModel

extension HSDSMapper {
    /// Reports what was read but never used: attributes and metadata linked to records that were
    /// not imported (or have no Tejido counterpart), and other taxonomies' terms no service uses.
    mutating func reportLeftovers() {
        for attribute in store.all(.attribute) {
            guard let link = attribute.string("link_id"), !mappedKeys.contains(link) else { continue }
            let entity = attribute.string("link_entity") ?? "record"
            log.drop(attribute.origin, "link_id", "the attribute is linked to \(entity) '\(link)', which Tejido did not import or has no place for attributes; dropped")
        }
        for row in store.all(.metadata) {
            guard let resource = row.string("resource_id"), !mappedKeys.contains(resource) else { continue }
            log.drop(row.origin, "resource_id", "the change record is about \(row.string("resource_type") ?? "record") '\(resource)', which Tejido did not import; dropped")
        }
        for term in store.all(.taxonomyTerm) where term.standalone && tejidoTaxonomy(ofTerm: term) == nil && !usedTerms.contains(term.key) {
            let label = term.string("name") ?? term.string("code") ?? term.key
            log.drop(term.origin, nil, "taxonomy term '\(label)' is used by no imported service; Tejido keeps only the terms its offerings use")
        }
        for taxonomy in store.all(.taxonomy) where Self.tejidoTaxonomy(id: taxonomy.key) == nil && taxonomy.string("name").flatMap(Self.tejidoTaxonomy(name:)) == nil {
            log.drop(taxonomy.origin, nil, "taxonomy '\(taxonomy.string("name") ?? taxonomy.key)' is not kept: Tejido maps terms to its own service codes")
        }
    }

    /// The dataset, after a last check: every record must keep Tejido's rules. A record that
    /// breaks one is rejected (with the reason), and so is what depends on it, until the rest is
    /// valid. References to organizations outside the import are left for the store to check.
    mutating func outcome() -> ImportOutcome {
        var organizations = drafts.map { ($0.organization, $0.origin) }
        let candidates = Set(organizations.map(\.0.id)).union(rejectedOrganizations.map { OrganizationID(Self.uuid($0, kind: "organization")) })
        var serviceList = services.map { ($0, recordOrigins["service:" + $0.code.rawValue] ?? HSDSOrigin(file: "")) }
        var areaList = areas.map { ($0, recordOrigins["area:" + $0.id.rawValue] ?? HSDSOrigin(file: "")) }
        // Each round rejects what breaks a rule; what pointed at it breaks in the next round.
        for round in 0..<16 {
            let dataset = DirectoryDataset(
                services: serviceList.map(\.0), areas: areaList.map(\.0), organizations: organizations.map(\.0), offerings: offerings.map(\.0),
                needs: needs.map(\.0), relationships: relationships.map(\.0), referrals: referrals.map(\.0), activityReports: reports.map(\.0)
            )
            var referenced = Set<OrganizationID>()
            for entity in dataset.entities { referenced.formUnion(entity.organizations) }
            for report in dataset.activityReports {
                if let convener = report.convener { referenced.insert(convener) }
                referenced.formUnion(report.organizationsWorkedWith)
            }
            for referral in dataset.referrals { referenced.insert(referral.referrer) }
            let validator = DatasetValidator(
                knownServices: Set(taxonomy.services.map(\.code)), knownAreas: Set(areaTree.areas.map(\.id)),
                knownOrganizations: referenced.subtracting(candidates)
            )
            let problems = validator.problems(in: dataset)
            guard !problems.isEmpty, round < 15 else { break }
            var remove: [EntityKind: Set<Int>] = [:]
            for problem in problems {
                guard let kind = problem.kind, let index = problem.index else { continue }
                remove[kind, default: []].insert(index)
                let origin: HSDSOrigin = switch kind {
                case .service: serviceList[index].1
                case .area: areaList[index].1
                case .organization: organizations[index].1
                case .offering: offerings[index].1
                case .need: needs[index].1
                case .relationship: relationships[index].1
                case .referral: referrals[index].1
                case .activityReport: reports[index].1
                }
                log.reject(origin, problem.issue.field, "\(problem.issue.message) (\(kind.rawValue) \(problem.record)); not imported")
            }
            func keep<T>(_ list: [T], _ kind: EntityKind) -> [T] {
                guard let drop = remove[kind] else { return list }
                return list.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
            }
            serviceList = keep(serviceList, .service)
            areaList = keep(areaList, .area)
            organizations = keep(organizations, .organization)
            offerings = keep(offerings, .offering)
            needs = keep(needs, .need)
            relationships = keep(relationships, .relationship)
            referrals = keep(referrals, .referral)
            reports = keep(reports, .activityReport)
        }

        var dropped = log.dropped
        for (origin, problem) in log.emptyStrings where !tejidoScopes.contains(Self.scope(origin)) { dropped.append(problem) }
        let dataset = DirectoryDataset(
            services: serviceList.map(\.0), areas: areaList.map(\.0), organizations: organizations.map(\.0), offerings: offerings.map(\.0),
            needs: needs.map(\.0), relationships: relationships.map(\.0), referrals: referrals.map(\.0), activityReports: reports.map(\.0)
        )
        return ImportOutcome(dataset: dataset, rejected: log.rejected, dropped: dropped, unmappedTerms: unmapped, recordsRead: log.recordsRead)
    }
}
