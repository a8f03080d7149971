import ArgumentParser
import Foundation
import GRDB
import TejidoModel
import TejidoStore

/// Everything the match benchmark measured.
struct MatchFigures: Codable, Sendable {
    var context: RunContext
    var workload: WorkloadFile
    /// Nil when the bench read a store imported before (`--store`).
    var importSeconds: Double?
    /// Reading the narrow columns a snapshot is built from (`SQLiteStore.directoryColumns()`),
    /// seconds over the builds.
    var storeRead: Distribution
    /// Building the snapshot and matcher from those columns, seconds over the builds.
    var snapshotBuild: Distribution
    /// Resident memory the snapshot holds once the columns it was built from are released, in bytes.
    var snapshotRSSGrowth: Int
    /// The highest resident set during a build (store read + snapshot), above the level before it.
    var buildPeakGrowth: Int
    var rssGrowthPerOrganization: Double
    /// Bytes per organization of hot columns and adjacency, from the directory itself.
    var hotBytesPerOrganization: Double?
    var hotBytesSource: String
    var queries: Int
    var referral: Distribution
    /// Referral queries with no suggestion (their answer carries an explanation instead).
    var referralEmpty: Int
    var referralMeanItems: Double
    var partners: Distribution
    var sqlQueries: Int
    var sql: Distribution
    var sqlPrepareSeconds: Double
    /// SQL p50 over matcher p50, and p99 over p99.
    var sqlOverMatcherP50: Double
    var sqlOverMatcherP99: Double
    /// Mean share of the matcher's top providers that the SQL query also returns (sanity check).
    var topOverlap: Double
    var processPeakRSS: Int
    var targets: [String: Target]

    var table: String {
        var build = TextTable("SNAPSHOT", "VALUE", "TARGET")
        build.add("store read (p50 / p99)", "\(Format.seconds(storeRead.p50)) / \(Format.seconds(storeRead.p99))", "—")
        build.add("snapshot + matcher build (p50 / p99)", "\(Format.seconds(snapshotBuild.p50)) / \(Format.seconds(snapshotBuild.p99))", targets["build"]?.cell ?? "")
        build.add("hot columns + adjacency per org", hotBytesPerOrganization.map(Format.bytes) ?? "not available", targets["bytes_per_org"]?.cell ?? "")
        build.add("RSS held by the snapshot, per org", Format.bytes(rssGrowthPerOrganization), "— (summaries in memory; full records stay in the store)")
        build.add("RSS held by the snapshot", Format.mib(snapshotRSSGrowth), "—")
        build.add("peak RSS growth during a build", Format.mib(buildPeakGrowth), "—")

        var latency = TextTable("QUERY", "COUNT", "P50", "P99", "MAX", "TARGET")
        latency.add("referral (top \(MatchSubject.limit), explained)", "\(referral.count)", Format.ms(referral.p50), Format.ms(referral.p99), Format.ms(referral.max),
            [targets["referral_p50"], targets["referral_p99"]].compactMap { $0?.cell }.joined(separator: "; "))
        latency.add("partners (top \(MatchSubject.limit), explained)", "\(partners.count)", Format.ms(partners.p50), Format.ms(partners.p99), Format.ms(partners.max),
            targets["partners_p99"]?.cell ?? "")
        latency.add("SQL referral ranking (baseline)", "\(sql.count)", Format.ms(sql.p50), Format.ms(sql.p99), Format.ms(sql.max), "—")

        var ratios = TextTable("FIGURE", "VALUE", "TARGET")
        ratios.add("SQL / matcher, p50", Format.ratio(sqlOverMatcherP50), targets["sql_ratio"]?.cell ?? "")
        ratios.add("SQL / matcher, p99", Format.ratio(sqlOverMatcherP99), "—")
        ratios.add("SQL top-\(MatchSubject.limit) overlap with matcher", String(format: "%.0f%%", topOverlap * 100), "— (sanity check; features differ)")
        ratios.add("referral queries with no suggestion", "\(referralEmpty) of \(referral.count)", "—")
        ratios.add("mean suggestions per referral query", String(format: "%.1f", referralMeanItems), "—")
        ratios.add("SQL copy + indexes", Format.seconds(sqlPrepareSeconds), "—")
        ratios.add("process peak RSS", Format.mib(processPeakRSS), "—")
        return """
            Match: \(Format.grouped(workload.organizations)) organizations (\(importSeconds.map { "imported in \(Format.seconds($0)) by the project's path" } ?? "read from a store imported before"))
            \(context.line)
            Hot bytes: \(hotBytesSource).

            \(build.rendered)

            \(latency.rendered)

            \(ratios.rendered)
            """
    }
}

extension TejidoBench {
    /// Snapshot build, referral and partner latency, and the SQL baseline.
    struct Match: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the snapshot build, referral and partner queries, and the same referral ranking as one SQL query.",
            discussion: """
                Imports --orgs generated organizations into a temporary store (the project's path, in a child process), \
                builds the directory snapshot and matcher from the store --builds times, then runs --queries referral \
                queries over (client, need) pairs drawn deterministically from the organizations' open needs, as many \
                partner queries for the first --partner-queries of those clients, and --sql-queries of the same referral queries as one SQL query on an \
                indexed copy of the database.
                """)

        @OptionGroup var workload: WorkloadOptions

        @OptionGroup var match: MatchOptions

        @Option(
            name: .customLong("store"),
            help: ArgumentHelp("Use this database, already imported from the same --file, instead of importing again (it is only read).", valueName: "path"))
        var storePath: String?

        func run() async throws {
            let figures = try await Self.measure(workload, match, store: storePath)
            if workload.json { try printJSON(figures) } else { print(figures.table) }
        }

        static func measure(
            _ options: WorkloadOptions, _ match: MatchOptions, store existing: String? = nil
        ) async throws -> MatchFigures {
            let (queries, sqlQueries, partnerQueries, builds) = (match.queries, match.sqlQueries, match.partnerQueries, match.builds)
            let (querySeed, radiusKm) = (match.querySeed, match.radiusKm)
            let workspace = try options.workspace()
            defer { workspace.cleanup() }
            let file = try Workload.jsonl(options, in: workspace)
            let db: URL
            let importSeconds: Double?
            if let existing {
                db = URL(fileURLWithPath: existing)
                guard FileManager.default.fileExists(atPath: db.path) else { throw BenchError("no database at '\(existing)'") }
                options.note("reading the store already imported at \(db.path)")
                importSeconds = nil
            } else {
                db = workspace.path("match.sqlite")
                Workspace.removeDatabase(db)
                options.note("importing into \(db.path)")
                let imported = try ChildPhase.run(.importProject, file: file.path, db: db)
                guard imported.counts.committed else { throw BenchError("the import had \(imported.counts.problems) problem(s) and wrote nothing") }
                importSeconds = imported.seconds
            }
            let store = try SQLiteStore(path: db.path)

            let pairs = drawPairs(try openNeeds(db), count: queries, seed: querySeed)

            // Snapshot builds: each from the store, with the previous one released first.
            var readTimes: [UInt64] = [], buildTimes: [UInt64] = []
            var subject: MatchSubject?
            var retained = 0, peakGrowth = 0
            for build in 0..<builds {
                options.note("snapshot build \(build + 1)/\(builds)")
                subject = nil
                Memory.trim()
                Memory.resetPeak()
                let before = Memory.currentRSS()
                var read: MatchSubject.StoreRead? = nil
                let readTime: UInt64
                (read, readTime) = try await Clock.time { try await MatchSubject.read(store) }
                let (built, buildTime) = Clock.time { MatchSubject(read!) }
                subject = built
                peakGrowth = max(peakGrowth, Memory.highWaterMark() - before)
                read = nil
                Memory.trim()
                // Only the first build starts from a process that never held a snapshot; later
                // ones reuse pages the allocator kept from the one released before them.
                if build == 0 { retained = Memory.currentRSS() - before }
                readTimes.append(readTime)
                buildTimes.append(buildTime)
            }
            guard let subject else { throw BenchError("no snapshot was built") }
            guard !pairs.isEmpty else { throw BenchError("no organization has an open need to query with") }

            // Warm up, then time every query.
            options.note("\(pairs.count) referral queries")
            for pair in pairs.prefix(100) { _ = try subject.referrals(client: pair.client, need: pair.need, radiusKm: radiusKm) }
            for pair in pairs.prefix(min(20, partnerQueries)) { _ = try subject.partners(of: pair.client, radiusKm: radiusKm) }
            var referralTimes: [UInt64] = [], partnerTimes: [UInt64] = []
            referralTimes.reserveCapacity(pairs.count)
            partnerTimes.reserveCapacity(pairs.count)
            var matcherTop: [[String]] = []
            var empty = 0, items = 0
            for (index, pair) in pairs.enumerated() {
                let (providers, time) = try Clock.time { try subject.referrals(client: pair.client, need: pair.need, radiusKm: radiusKm) }
                referralTimes.append(time)
                if providers.isEmpty { empty += 1 }
                items += providers.count
                if index < sqlQueries { matcherTop.append(providers.map(\.description)) }
            }
            options.note("\(min(partnerQueries, pairs.count)) partner queries")
            for (index, pair) in pairs.prefix(partnerQueries).enumerated() {
                let (_, time) = try Clock.time { try subject.partners(of: pair.client, radiusKm: radiusKm) }
                partnerTimes.append(time)
                if (index + 1) % 100 == 0 { options.note("  \(index + 1) partner queries, last \(Format.ms(Double(time) / 1e6))") }
            }

            // The SQL baseline on an indexed copy (skipped, copy included, when no SQL query is asked for).
            var sqlTimes: [UInt64] = []
            var overlaps: [Double] = []
            var sqlPrepareSeconds = Double.nan
            if sqlQueries > 0 {
                options.note("SQL baseline: copying and indexing the database")
                let baseline = try SQLBaseline(source: db, copy: workspace.path("match-sql.sqlite"))
                sqlPrepareSeconds = baseline.prepareSeconds
                let sqlPairs = pairs.prefix(sqlQueries).map { (client: $0.client.description, need: $0.need.rawValue) }
                let weights = MatchSubject.referralWeights
                try baseline.run(Array(sqlPairs.prefix(5)), radiusKm: radiusKm, limit: MatchSubject.limit, weights: weights) { _, _ in }
                options.note("SQL baseline: \(sqlPairs.count) queries")
                try baseline.run(sqlPairs, radiusKm: radiusKm, limit: MatchSubject.limit, weights: weights) { providers, time in
                    let matcher = matcherTop[sqlTimes.count]
                    if !matcher.isEmpty { overlaps.append(Double(Set(matcher).intersection(providers).count) / Double(matcher.count)) }
                    sqlTimes.append(time)
                }
            }

            let referral = Distribution(nanoseconds: referralTimes, unit: 1e6)
            let partners = Distribution(nanoseconds: partnerTimes, unit: 1e6)
            let sql = Distribution(nanoseconds: sqlTimes, unit: 1e6)
            let buildSeconds = Distribution(nanoseconds: buildTimes, unit: 1e9)
            let organizations = subject.organizationCount
            let hot = subject.hotBytesPerOrganization
            let scale = organizations >= 1_000_000 ? "1M" : (organizations >= 100_000 ? "100k" : nil)
            var targets: [String: Target] = [:]
            targets["referral_p50"] = .atMost(referral.p50, 0.3, "p50 ≤ 0.3 ms at 100k", applies: scale == "100k")
            targets["referral_p99"] = scale == "1M"
                ? .atMost(referral.p99, 8, "p99 ≤ 8 ms at 1M") : .atMost(referral.p99, 1, "p99 ≤ 1 ms at 100k (≤ 8 ms at 1M)", applies: scale == "100k")
            targets["partners_p99"] = scale == "1M"
                ? .atMost(partners.p99, 40, "p99 ≤ 40 ms at 1M") : .atMost(partners.p99, 25, "p99 ≤ 25 ms at 100k (≤ 40 ms at 1M)", applies: scale == "100k")
            targets["bytes_per_org"] = hot.map { .atMost($0, 200, "≤ 200 B/org") } ?? .note("≤ 200 B/org (not measurable)")
            targets["build"] = scale == "1M"
                ? .atMost(buildSeconds.p50, 10, "1M in ≤ 10 s")
                : .note(String(format: "1M in ≤ 10 s (linear projection: %.1f s)", buildSeconds.p50 * 1_000_000 / Double(max(organizations, 1))))
            let ratioP50 = sql.p50 / referral.p50
            targets["sql_ratio"] = .atLeast(ratioP50, 50, "≥ 50× at 100k", applies: scale != nil && !sqlTimes.isEmpty)
            return MatchFigures(
                context: .current(), workload: file, importSeconds: importSeconds, storeRead: Distribution(nanoseconds: readTimes, unit: 1e9),
                snapshotBuild: buildSeconds, snapshotRSSGrowth: retained, buildPeakGrowth: peakGrowth,
                rssGrowthPerOrganization: Double(retained) / Double(max(organizations, 1)), hotBytesPerOrganization: hot,
                hotBytesSource: hot == nil ? "not available from the directory; see RSS per org" : MatchSubject.hotBytesSource, queries: pairs.count,
                referral: referral, referralEmpty: empty, referralMeanItems: Double(items) / Double(pairs.count), partners: partners,
                sqlQueries: sqlTimes.count, sql: sql, sqlPrepareSeconds: sqlPrepareSeconds, sqlOverMatcherP50: ratioP50,
                sqlOverMatcherP99: sql.p99 / referral.p99, topOverlap: overlaps.isEmpty ? .nan : overlaps.reduce(0, +) / Double(overlaps.count),
                processPeakRSS: Memory.peakRSS(), targets: targets)
        }

        /// The (organization, service) of every open need in the database at `db`, in need id order.
        static func openNeeds(_ db: URL) throws -> [(client: OrganizationID, need: ServiceCode)] {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: db.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT organization_id, service_code FROM needs WHERE status = 'open' ORDER BY id").compactMap { row in
                    OrganizationID(row[0] as String).map { ($0, ServiceCode(row[1] as String)) }
                }
            }
        }

        /// `count` (client, need) pairs drawn with replacement from the open needs (in id order),
        /// by a seeded generator: the same store and seed always give the same pairs.
        static func drawPairs(_ open: [(client: OrganizationID, need: ServiceCode)], count: Int, seed: UInt64) -> [(client: OrganizationID, need: ServiceCode)] {
            guard !open.isEmpty else { return [] }
            var random = BenchRandom(seed: seed)
            return (0..<count).map { _ in open[Int(random.next() % UInt64(open.count))] }
        }
    }
}
