import ArgumentParser
import Foundation
import TejidoModel
import TejidoStore

extension Tejido {
    /// Lists the service taxonomy, or the services some words find.
    struct TaxonomyCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "taxonomy",
            abstract: "Show the services tree, or the services some words find (in English, Spanish, Catalan or Greek)."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Words to look up, such as 'contabilidad' or 'relevo generacional' (optional).")
        var words: [String] = []

        @Option(help: ArgumentHelp("Show labels in this language: en, es, ca or el.", valueName: "lang"))
        var lang = "en"

        func validate() throws {
            guard LanguageCode.labelLanguages.map(\.rawValue).contains(lang) else {
                throw ValidationError("--lang '\(lang)' has no labels; use one of en, es, ca, el")
            }
        }

        func run() async throws {
            let taxonomy = try await database.open().taxonomy()
            if words.isEmpty {
                if database.json {
                    try printJSON(taxonomy.services.map { ServiceRow($0, language: lang) })
                    return
                }
                for service in taxonomy.services {
                    let depth = service.code.rawValue.split(separator: ".").count - 1
                    print(String(repeating: "  ", count: depth) + service.code.rawValue.padding(toLength: 40 - 2 * depth, withPad: " ", startingAt: 0) + " " + service.label(lang))
                }
                return
            }
            let query = words.joined(separator: " ")
            let matches = taxonomy.lookup(query, language: lang)
            guard !matches.isEmpty else { throw CLIError("no service matches '\(query)'; run 'tejido taxonomy' for the whole tree") }
            if database.json {
                try printJSON(matches.map { ServiceRow($0.service, language: lang, matched: $0.matched, score: $0.score) })
                return
            }
            var table = Table("CODE", "LABEL", "MATCHED", "SCORE")
            for match in matches {
                table.add(match.service.code.rawValue, match.service.label(lang), match.matched, String(format: "%.2f", match.score))
            }
            print(table.rendered)
        }
    }
}

/// A service in JSON output.
struct ServiceRow: Encodable {
    let code: ServiceCode
    let parent: ServiceCode?
    let label: String
    let matched: String?
    let score: Double?

    init(_ service: Service, language: String, matched: String? = nil, score: Double? = nil) {
        code = service.code
        parent = service.parent
        label = service.label(language)
        self.matched = matched
        self.score = score.map { ($0 * 1000).rounded() / 1000 }
    }
}
