import Foundation
import TejidoModel

/// Checking every record's own rules, rejecting what points at a rejected record, and the final
/// check of the whole dataset.
extension CSVImportSession {
    /// Runs each record's `validationIssues()` and files every issue at its cell.
    mutating func validateRecords() {
        for index in areas.indices {
            for issue in areas[index].value.validationIssues() { areas[index].add(Self.locate(issue, in: areas[index])) }
        }
        for index in organizations.indices {
            for issue in organizations[index].value.validationIssues() { organizations[index].add(Self.locate(issue, in: organizations[index])) }
        }
        for index in offerings.indices {
            for issue in offerings[index].value.validationIssues() { offerings[index].add(Self.locate(issue, in: offerings[index])) }
        }
        for index in needs.indices {
            for issue in needs[index].value.validationIssues() { needs[index].add(Self.locate(issue, in: needs[index])) }
        }
        for index in relationships.indices {
            for issue in relationships[index].value.validationIssues() { relationships[index].add(Self.locate(issue, in: relationships[index])) }
        }
    }

    /// The problem a model issue (`locations[1].country`, `description.xx`, `sources[0].quote`)
    /// makes in the files: the row and column that hold the field.
    static func locate<Value>(_ issue: ValidationIssue, in draft: CSVDraft<Value>) -> ImportProblem {
        let path = issue.field
        let headEnd = path.firstIndex { $0 == "[" || $0 == "." } ?? path.endIndex
        let head = String(path[..<headEnd])
        var rest = path[headEnd...]
        var position: Int?
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            position = Int(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
        }
        if rest.hasPrefix(".") { rest = rest.dropFirst() }
        let tail = String(rest)
        if ["sources", "alternate_names", "contacts", "locations"].contains(head), let position, let parts = draft.parts[head], position < parts.count {
            let part = parts[position]
            return part.problem(tail.isEmpty ? nil : tail, issue.message, record: part.file == draft.row.file ? nil : draft.label)
        }
        var reason = issue.message
        let column: String?
        switch head {
        case "description", "note": column = tail.isEmpty ? head : head + "_" + tail
        case "names":
            column = tail.isEmpty ? nil : "name_" + tail
            if tail.isEmpty { reason += " (fill in name_en, name_es, name_ca or name_el)" }
        case "coop_fluency": column = tail == "coop_clients" ? "coop_clients" : "coop_fluency"
        case "centroid": column = tail.isEmpty ? nil : tail
        case "sources":
            column = nil
            reason += "; add a row to sources.csv with entity '\(draft.row.file.entity)' and record '\(draft.key)'"
        case "": column = nil
        default: column = head
        }
        return draft.row.problem(column, reason)
    }

    /// Why a reference's target is not imported, or `nil` when it is.
    func rejection(of target: CSVReference.Target) -> String? {
        func place(_ problems: [ImportProblem]) -> String {
            guard let first = problems.first else { return "" }
            return " (see \(first.file)" + (first.line.map { " line \($0)" } ?? "") + ")"
        }
        switch target {
        case .organization(let slug):
            guard let index = organizationBySlug[slug], organizations[index].isRejected else { return nil }
            return "organization '\(slug)' was not imported\(place(organizations[index].problems))"
        case .area(let id):
            guard tree.area(AreaID(id)) == nil, let index = areaByID[id], areas[index].isRejected else { return nil }
            return "area '\(id)' was not imported\(place(areas[index].problems))"
        }
    }

    /// Rejects every record that refers to a rejected one; whether anything changed.
    mutating func cascade() -> Bool {
        func newlyRejected<Value>(_ drafts: [CSVDraft<Value>]) -> [(Int, ImportProblem)] {
            drafts.indices.compactMap { index in
                guard !drafts[index].isRejected else { return nil }
                for reference in drafts[index].references {
                    if let reason = rejection(of: reference.target) { return (index, drafts[index].row.problem(reference.column, reason)) }
                }
                return nil
            }
        }
        let areaProblems = newlyRejected(areas), organizationProblems = newlyRejected(organizations)
        let offeringProblems = newlyRejected(offerings), needProblems = newlyRejected(needs), relationshipProblems = newlyRejected(relationships)
        for (index, problem) in areaProblems { areas[index].problems.append(problem) }
        for (index, problem) in organizationProblems { organizations[index].problems.append(problem) }
        for (index, problem) in offeringProblems { offerings[index].problems.append(problem) }
        for (index, problem) in needProblems { needs[index].problems.append(problem) }
        for (index, problem) in relationshipProblems { relationships[index].problems.append(problem) }
        return !(areaProblems.isEmpty && organizationProblems.isEmpty && offeringProblems.isEmpty && needProblems.isEmpty && relationshipProblems.isEmpty)
    }

    /// Rejects until nothing left refers to anything rejected and the `DatasetValidator` finds
    /// nothing wrong, then returns the records that remain.
    mutating func settle() -> DirectoryDataset {
        let validator = DatasetValidator(knownServices: Set(taxonomy.services.map(\.code)), knownAreas: Set(tree.areas.map(\.id)))
        while true {
            while cascade() {}
            var dataset = DirectoryDataset()
            var positions: [EntityKind: [Int]] = [:]
            for (index, draft) in areas.enumerated() where !draft.isRejected {
                dataset.areas.append(draft.value)
                positions[.area, default: []].append(index)
            }
            for (index, draft) in organizations.enumerated() where !draft.isRejected {
                dataset.organizations.append(draft.value)
                positions[.organization, default: []].append(index)
            }
            for (index, draft) in offerings.enumerated() where !draft.isRejected {
                dataset.offerings.append(draft.value)
                positions[.offering, default: []].append(index)
            }
            for (index, draft) in needs.enumerated() where !draft.isRejected {
                dataset.needs.append(draft.value)
                positions[.need, default: []].append(index)
            }
            for (index, draft) in relationships.enumerated() where !draft.isRejected {
                dataset.relationships.append(draft.value)
                positions[.relationship, default: []].append(index)
            }
            var changed = false
            for problem in validator.problems(in: dataset) {
                guard let kind = problem.kind, let position = problem.index, let index = positions[kind]?[position] else { continue }
                changed = true
                switch kind {
                case .area: areas[index].add(Self.locate(problem.issue, in: areas[index]))
                case .organization: organizations[index].add(Self.locate(problem.issue, in: organizations[index]))
                case .offering: offerings[index].add(Self.locate(problem.issue, in: offerings[index]))
                case .need: needs[index].add(Self.locate(problem.issue, in: needs[index]))
                case .relationship: relationships[index].add(Self.locate(problem.issue, in: relationships[index]))
                default: changed = false
                }
            }
            if !changed { return dataset }
        }
    }
}
