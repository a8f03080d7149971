import Foundation
import ArgumentParser
import TejidoModel
import TejidoStore

extension OrganizationKind: ExpressibleByArgument {}

extension Tejido {
    /// Searches the directory.
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find organizations by words and filters.",
            discussion: """
                Words match names (in any language they are known by), the labels of the services they \
                offer, and descriptions, ignoring accents, case and Greek tonos: 'contabilidad', \
                'λογιστικη' and 'bookkeeping' all find bookkeepers.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Words to search for (optional).")
        var words: [String] = []

        @Option(help: ArgumentHelp("Only organizations offering this service code or one below it.", valueName: "code"))
        var service: String?

        @Option(help: ArgumentHelp("Only organizations of this kind (repeatable).", valueName: "kind"))
        var kind: [OrganizationKind] = []

        @Option(help: ArgumentHelp("Only organizations in or serving this area (an id such as us-il-chicago-englewood, or a name).", valueName: "area"))
        var area: String?

        @Option(help: ArgumentHelp("Only organizations working in this language (en, es, ca, el, …).", valueName: "lang"))
        var lang: String?

        @Option(help: ArgumentHelp("Only organizations in this country (ISO 3166 code: US, CL, GR, ES).", valueName: "cc"))
        var country: String?

        @Option(help: "At most this many results (1–200).")
        var limit = 20

        func validate() throws {
            guard (1...200).contains(limit) else { throw ValidationError("--limit must be between 1 and 200, not \(limit)") }
            if let lang, !LanguageCode(lang).isValid { throw ValidationError("--lang '\(lang)' is not a language tag such as 'es' or 'el'") }
            if let country, country.count != 2 || !country.allSatisfy(\.isLetter) { throw ValidationError("--country '\(country)' is not a two-letter country code such as 'CL'") }
        }

        func run() async throws {
            let store = try database.open()
            var query = SearchQuery(text: words.isEmpty ? nil : words.joined(separator: " "), kinds: kind, language: lang.map { LanguageCode($0) }, country: country, limit: limit)
            if let service {
                let taxonomy = try await store.taxonomy()
                let code = ServiceCode(service.lowercased())
                guard taxonomy.contains(code) else {
                    let hint = CloseMatch.best(for: service, among: taxonomy.services.map(\.code.rawValue))
                        ?? taxonomy.lookup(service, limit: 1).first?.service.code.rawValue
                    throw CLIError("unknown service code '\(service)'" + (hint.map { "; did you mean '\($0)'?" } ?? "; see 'tejido taxonomy'"))
                }
                query.service = code
            }
            if let area {
                let tree = try await store.areaTree()
                guard let found = tree.resolve(area) else {
                    throw CLIError("unknown area '\(area)'" + (tree.suggestion(for: area).map { "; did you mean '\($0)'?" } ?? ""))
                }
                query.area = found.id
            }
            let results = try await store.search(query)
            if database.json {
                try printJSON(results)
                return
            }
            guard !results.items.isEmpty else {
                print("No organizations match.")
                return
            }
            var table = Table("NAME", "SLUG", "KINDS", "PLACE", "SCORE", "SERVICES")
            for hit in results.items {
                let place = [hit.locality, hit.country].compactMap { $0 }.joined(separator: ", ")
                table.add(
                    hit.name.truncated(48), hit.slug.rawValue.truncated(40), hit.kinds.map { $0.rawValue }.joined(separator: ",").truncated(28), place.truncated(26),
                    String(format: "%.2f", hit.score), hit.services.map { $0.rawValue }.joined(separator: " ").truncated(60))
            }
            print(table.rendered)
            print("\(results.items.count) of \(results.total) shown")
        }
    }
}
