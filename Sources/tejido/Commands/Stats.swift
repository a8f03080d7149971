import ArgumentParser
import TejidoModel
import TejidoStore

extension Tejido {
    /// Counts what the directory holds.
    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count organizations (by country), offerings, needs, relationships and more.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let stats = try await database.open().stats()
            if database.json {
                try printJSON(stats)
                return
            }
            var table = Table("WHAT", "COUNT")
            table.add("organizations", "\(stats.organizations)")
            for (country, count) in stats.byCountry.sorted(by: { $0.key < $1.key }) {
                table.add("  in \(country.isEmpty ? "(no country)" : country)", "\(count)")
            }
            table.add("offerings", "\(stats.offerings)")
            table.add("needs", "\(stats.needs)")
            table.add("relationships", "\(stats.relationships)")
            table.add("services", "\(stats.services)")
            table.add("areas", "\(stats.areas)")
            table.add("activity reports", "\(stats.activityReports)")
            print(table.rendered)
        }
    }
}
