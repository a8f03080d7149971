import ArgumentParser
import Foundation
import TejidoDirectory
import TejidoMatching
import TejidoModel
import TejidoStore

extension Tejido.Match {
    /// Suggests partners for an organization.
    struct Partners: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who should this organization partner with? Suggestions, best first, with reasons.",
            discussion: """
                Scores complementarity (each offers what the other needs), peer similarity (the same services, \
                areas, kind or sector) and link prediction (Adamic–Adar over shared collaborators), plus \
                geographic fit. Organizations it already works with, and those sharing no language with it, \
                are left out. Default weights: \(PartnerFeature.allCases.map { "\($0.rawValue)=\($0.defaultWeight)" }.joined(separator: ", ")).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("The organization's slug or id.", valueName: "slug"))
        var org: String

        @Option(help: ArgumentHelp("The language of the reasons: en, es, ca or el.", valueName: "lang"))
        var lang = "en"

        @Option(help: "At most this many partners (1–200).")
        var limit = 10

        func validate() throws {
            guard (1...200).contains(limit) else { throw ValidationError("--limit must be between 1 and 200, not \(limit)") }
            if !LanguageCode(lang).isValid { throw ValidationError("--lang '\(lang)' is not a language tag such as 'es' or 'el'") }
        }

        func run() async throws {
            let directory = try await MatchDirectory.load(database)
            let answer: PartnerAnswer
            do {
                answer = try Matcher(directory).partners(PartnerQuery(organization: org, language: lang, limit: limit))
            } catch {
                throw CLIError(error.description)
            }
            if database.json {
                try printJSON(MatchAnswerJSON(answer))
                return
            }
            print("Partners for \(answer.organization.name) (\(answer.organization.slug)):")
            if answer.items.isEmpty {
                print(answer.explanation ?? "No partner qualifies.")
            } else {
                var table = Table("#", "PARTNER", "SLUG", "SCORE", "TOP REASONS")
                for (rank, item) in answer.items.enumerated() {
                    table.add(
                        "\(rank + 1)", item.partner.name.truncated(40), item.partner.slug.rawValue.truncated(36), String(format: "%.3f", item.score),
                        item.reasons.prefix(3).joined(separator: "; "))
                }
                print(table.rendered)
            }
            print(MatchWeights.excludedLine(answer.excluded.map { ($0.key.rawValue, $0.value) }, considered: answer.considered))
        }
    }
}
