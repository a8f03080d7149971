import ArgumentParser

/// What the match benchmark times, shared by `match` and `all`.
struct MatchOptions: ParsableArguments {
    @Option(help: "Referral and partner queries to time.")
    var queries = 2_000

    @Option(name: .customLong("sql-queries"), help: "Of those, how many to run as SQL too (SQL is slow at scale).")
    var sqlQueries = 200

    @Option(name: .customLong("partner-queries"), help: "Of those clients, how many to time partner queries for.")
    var partnerQueries = 500

    @Option(help: "How many times to build the snapshot.")
    var builds = 3

    @Option(name: .customLong("query-seed"), help: "The seed that draws the (client, need) pairs.")
    var querySeed: UInt64 = 7

    @Option(name: .customLong("radius-km"), help: "The referral radius (the matcher's default).")
    var radiusKm = 50.0

    func validate() throws {
        guard queries > 0, sqlQueries >= 0, partnerQueries > 0, (1...50).contains(builds) else {
            throw ValidationError("--queries > 0, --sql-queries ≥ 0, --partner-queries > 0, --builds 1–50")
        }
    }
}
