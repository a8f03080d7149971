import ArgumentParser
import Foundation
import TejidoInterchange
import TejidoModel
import TejidoStore

extension Tejido {
    /// Loads the seed directory into the database.
    struct Seed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load the seed directory (taxonomy, areas, organizations) into the database.",
            discussion: """
                Idempotent: records already stored unchanged are left alone, so a second run changes \
                nothing and says so. A seed file that breaks a rule stops the load with the file, record \
                and field named, and nothing is written.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(name: .customLong("from"), help: ArgumentHelp("The seed directory (default: $TEJIDO_SEED, else ./seed).", valueName: "dir"))
        var directory: String?

        func run() async throws {
            let path = directory ?? ProcessInfo.processInfo.environment["TEJIDO_SEED"].flatMap { $0.isEmpty ? nil : $0 } ?? "./seed"
            guard FileManager.default.fileExists(atPath: path + "/taxonomy.json") else {
                throw CLIError("no seed directory at '\(path)' (it needs taxonomy.json, areas.json and organizations/); pass --from")
            }
            let dataset: DirectoryDataset
            do {
                dataset = try SeedLoader(directory: URL(fileURLWithPath: path)).load()
            } catch {
                let more = error.problems.count > 1 ? " (and \(error.problems.count - 1) more)" : ""
                throw CLIError("seed rejected, nothing written: \(error.problems[0])\(more)")
            }
            let store = try database.open(create: true)
            let summary = try await store.write(dataset.entities.map(Mutation.upsert))
            if database.json {
                try printJSON(SeedReport(summary: summary, database: database.path))
                return
            }
            if summary.isNoOp {
                print("Nothing to do: \(database.path) already holds this seed (\(summary.unchanged.values.reduce(0, +)) records unchanged).")
                return
            }
            let stats = try await store.stats()
            print("Seeded \(database.path) from \(path): \(summary.describe(\.inserted)) inserted, \(summary.describe(\.updated)) updated.")
            print("It now holds \(stats.organizations) organizations in \(stats.byCountry.keys.filter { !$0.isEmpty }.count) countries, \(stats.offerings) offerings, \(stats.needs) needs, \(stats.relationships) relationships.")
        }
    }
}

/// The JSON form of a seed run.
struct SeedReport: Encodable {
    let database: String
    let changed: Bool
    let inserted: [String: Int]
    let updated: [String: Int]
    let unchanged: [String: Int]

    init(summary: WriteSummary, database: String) {
        self.database = database
        changed = !summary.isNoOp
        func names(_ counts: [EntityKind: Int]) -> [String: Int] { Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }) }
        inserted = names(summary.inserted)
        updated = names(summary.updated)
        unchanged = names(summary.unchanged)
    }
}

extension WriteSummary {
    /// "72 organizations, 140 offerings" for one of the count maps, or "nothing".
    func describe(_ counts: KeyPath<WriteSummary, [EntityKind: Int]>) -> String {
        let map = self[keyPath: counts]
        guard !map.isEmpty else { return "nothing" }
        return map.sorted { $0.key < $1.key }.map { "\($0.value) \($0.value == 1 ? $0.key.singular : $0.key.plural)" }.joined(separator: ", ")
    }
}

extension EntityKind {
    var singular: String { self == .activityReport ? "activity report" : String(plural.dropLast()) }

    var plural: String {
        switch self {
        case .service: "services"
        case .area: "areas"
        case .organization: "organizations"
        case .offering: "offerings"
        case .need: "needs"
        case .relationship: "relationships"
        case .referral: "referrals"
        case .activityReport: "activity reports"
        }
    }
}
