import Foundation
import ArgumentParser
import TejidoModel
import TejidoStore

extension Tejido {
    /// Prints one organization's public record.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an organization's public record: offerings, needs, relationships and sources.",
            discussion: "Contacts and report submitters are private and never shown."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The organization's slug or id.", valueName: "id-or-slug"))
        var organization: String

        @Option(help: ArgumentHelp("Prefer labels and descriptions in this language.", valueName: "lang"))
        var lang = "en"

        func run() async throws {
            let store = try database.open()
            guard let profile = try await store.profile(organization) else {
                let hint = CloseMatch.best(for: organization, among: try await store.slugs().map(\.rawValue))
                throw CLIError("no organization '\(organization)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""))
            }
            if database.json {
                try printJSON(PublicProfile(profile))
                return
            }
            let taxonomy = try await store.taxonomy()
            print(ProfileText(profile: profile, taxonomy: taxonomy, language: lang).rendered)
        }
    }
}

/// The public JSON form of a profile: the organization without contacts, and its relationships
/// with the organization at the other end named.
struct PublicProfile: Encodable {
    struct Link: Encodable {
        let id: RelationshipID
        let kind: Relationship.Kind
        let direction: String
        let other: Other
        let since: PartialDate?
        let until: PartialDate?
        let note: LocalizedText
        let sources: [Source]
    }
    struct Other: Encodable {
        let id: OrganizationID
        let slug: Slug
        let name: String
    }

    let organization: Organization
    let offerings: [Offering]
    let needs: [Need]
    let relationships: [Link]
    let activityReports: [ActivityReport]

    init(_ profile: OrganizationProfile) {
        organization = profile.organization.publicView
        offerings = profile.offerings
        needs = profile.needs
        relationships = profile.links.map { link in
            Link(
                id: link.relationship.id, kind: link.relationship.kind, direction: link.outgoing ? "outgoing" : "incoming",
                other: Other(id: link.other, slug: link.otherSlug, name: link.otherName), since: link.relationship.since, until: link.relationship.until,
                note: link.relationship.note, sources: link.relationship.sources)
        }
        activityReports = profile.activityReports.map(\.publicView)
    }

    enum CodingKeys: String, CodingKey { case organization, offerings, needs, relationships, activityReports = "activity_reports" }
}

/// The human form of a profile.
struct ProfileText {
    let profile: OrganizationProfile
    let taxonomy: Taxonomy
    let language: String

    var rendered: String {
        let organization = profile.organization
        var lines: [String] = [organization.name, String(repeating: "=", count: organization.name.count)]
        func field(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append(name.padding(toLength: 16, withPad: " ", startingAt: 0) + value) }
        }
        field("slug", organization.slug.rawValue)
        field("id", organization.id.description)
        field("also known as", organization.alternateNames.map { $0.name + ($0.language.map { " (\($0))" } ?? "") }.joined(separator: "; "))
        field("kinds", organization.kinds.map(\.rawValue).joined(separator: ", "))
        field("legal form", organization.legalForm)
        field("stage", organization.stage?.rawValue)
        field("located", organization.locations.map { [$0.locality, $0.region, $0.country].compactMap { $0 }.joined(separator: ", ") }.joined(separator: "; "))
        field("serves", organization.serviceAreas.map(\.rawValue).joined(separator: ", "))
        field("languages", organization.languages.map(\.rawValue).joined(separator: ", "))
        field("populations", organization.populationsServed.joined(separator: ", "))
        field("co-op fluency", organization.coopFluency.map { $0.level.rawValue + ($0.coopClients.map { ", \($0) co-op clients" } ?? "") })
        field("website", organization.website)
        field("email", organization.email)
        field("phone", organization.phone)
        if let description = organization.description.best([language]) { lines += ["", description] }
        if !profile.offerings.isEmpty {
            lines += ["", "Offers"]
            for offering in profile.offerings {
                let label = taxonomy.service(offering.service)?.label(language) ?? offering.service.rawValue
                let terms = [offering.coopFluent == true ? "co-op fluent" : nil, offering.cost?.rawValue, offering.capacityPerMonth.map { "\($0)/month" }].compactMap { $0 }
                lines.append("  \(offering.service.rawValue.padding(toLength: 36, withPad: " ", startingAt: 0)) \(label)" + (terms.isEmpty ? "" : " (\(terms.joined(separator: ", ")))"))
            }
        }
        if !profile.needs.isEmpty {
            lines += ["", "Needs"]
            for need in profile.needs {
                let label = taxonomy.service(need.service)?.label(language) ?? need.service.rawValue
                lines.append("  \(need.service.rawValue.padding(toLength: 36, withPad: " ", startingAt: 0)) \(label) [\(need.status.rawValue), \(need.urgency.rawValue)]")
            }
        }
        if !profile.links.isEmpty {
            lines += ["", "Relationships"]
            for link in profile.links {
                let verb = link.outgoing || link.relationship.kind.isSymmetric ? link.relationship.kind.rawValue : "← \(link.relationship.kind.rawValue)"
                lines.append("  \(verb.padding(toLength: 22, withPad: " ", startingAt: 0)) \(link.otherName) (\(link.otherSlug))")
            }
        }
        if !profile.activityReports.isEmpty {
            lines += ["", "Activity reports"]
            for report in profile.activityReports {
                lines.append("  \(report.periodStart) – \(report.periodEnd): \(report.counts.count) counts, \(report.participantsByArea.values.reduce(0, +)) participants in \(report.participantsByArea.count) areas")
            }
        }
        lines += ["", "Sources"]
        for source in organization.sources {
            lines.append("  \(source.document): “\((source.quote ?? "").truncated(110))”")
        }
        return lines.joined(separator: "\n")
    }
}
