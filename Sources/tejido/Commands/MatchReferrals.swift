import ArgumentParser
import Foundation
import TejidoDirectory
import TejidoMatching
import TejidoModel
import TejidoStore

extension ReferralFilter: ExpressibleByArgument {}

extension Tejido.Match {
    /// Ranks providers for a client organization's need.
    struct Referrals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who can help this organization with this need? Providers, best first, with reasons.",
            discussion: """
                Candidates offer the needed service code, or a code above or below it at lower fit (sibling \
                codes only when nothing else qualifies). They must take referrals, work in a language the \
                client speaks, serve the client's area or lie within --radius-km, have places left this \
                month and serve the client's populations; --relax lifts a filter. Features and their default \
                weights: \(ReferralFeature.allCases.map { "\($0.rawValue)=\($0.defaultWeight)" }.joined(separator: ", ")).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("The client organization's slug or id.", valueName: "slug"))
        var org: String

        @Option(help: ArgumentHelp("The service code it needs (see 'tejido taxonomy').", valueName: "code"))
        var need: String

        @Option(help: ArgumentHelp("The language of the reasons: en, es, ca or el.", valueName: "lang"))
        var lang = "en"

        @Option(name: .customLong("radius-km"), help: ArgumentHelp("A provider this close passes the area filter even if it does not list the client's area.", valueName: "km"))
        var radiusKm = 50.0

        @Option(help: "At most this many providers (1–200).")
        var limit = 10

        @Option(parsing: .upToNextOption, help: ArgumentHelp("Relax these filters (repeatable).", valueName: "filter"))
        var relax: [ReferralFilter] = []

        @Option(parsing: .upToNextOption, help: ArgumentHelp("Override a feature's weight, such as network_proximity=0.3 (repeatable).", valueName: "name=value"))
        var weight: [String] = []

        func validate() throws {
            guard (1...200).contains(limit) else { throw ValidationError("--limit must be between 1 and 200, not \(limit)") }
            guard radiusKm >= 0, radiusKm.isFinite else { throw ValidationError("--radius-km must be a distance in kilometres, not \(radiusKm)") }
            if !LanguageCode(lang).isValid { throw ValidationError("--lang '\(lang)' is not a language tag such as 'es' or 'el'") }
            _ = try MatchWeights.parse(weight, as: ReferralFeature.self)
        }

        func run() async throws {
            let directory = try await MatchDirectory.load(database)
            let query = ReferralQuery(
                client: org, need: ServiceCode(need.lowercased()), language: lang, radiusKm: radiusKm, limit: limit, relaxed: Set(relax),
                weights: Weights().overriding(try MatchWeights.parse(weight, as: ReferralFeature.self)))
            let answer: ReferralAnswer
            do {
                answer = try Matcher(directory).referrals(query)
            } catch {
                throw CLIError(error.description)
            }
            if database.json {
                try printJSON(MatchAnswerJSON(answer))
                return
            }
            let label = directory.taxonomy.service(answer.need)?.label(lang) ?? answer.need.rawValue
            print("Providers for \(answer.client.name) (\(answer.client.slug)) needing \(label) (\(answer.need)):")
            if answer.items.isEmpty {
                print(answer.explanation?.text ?? "No provider qualifies.")
            } else {
                var table = Table("#", "PROVIDER", "SLUG", "SCORE", "SERVICE", "TOP REASONS")
                for (rank, item) in answer.items.enumerated() {
                    table.add(
                        "\(rank + 1)", item.provider.name.truncated(40), item.provider.slug.rawValue.truncated(36), String(format: "%.3f", item.score),
                        item.service.rawValue, item.reasons.prefix(3).joined(separator: "; "))
                }
                print(table.rendered)
            }
            print(MatchWeights.excludedLine(answer.excluded.map { ($0.key.rawValue, $0.value) }, considered: answer.considered))
        }
    }
}
