import Foundation
import Testing

@Suite("tejido match referrals and match partners")
struct MatchCommandTests {
    /// A seeded database holding a need the seed can answer: ChiCommons needs co-op development skills.
    static let client = ["--org", "chicommons", "--need", "training.coop_development_skills"]

    @Test("match referrals --json prints items with provider, score, features and reasons, and what each filter excluded")
    func referralsJSON() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["match", "referrals"] + Self.client + ["--json", "--db", binary.db])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try binary.json(run) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        let first = try #require(items.first)
        #expect(Set(first.keys) == ["provider", "score", "features", "reasons"])
        let provider = try #require(first["provider"] as? [String: Any])
        #expect(Set(provider.keys) == ["id", "slug", "name"])
        let features = try #require(first["features"] as? [String: Double])
        #expect(Set(features.keys) == [
            "service_fit", "coop_fluency", "geographic_fit", "language", "population_fit", "track_record", "network_proximity", "capacity_headroom", "cost_fit",
        ])
        let score = try #require(first["score"] as? Double)
        #expect(abs(features.values.reduce(0, +) - score) < 1e-9)
        #expect((first["reasons"] as? [String])?.first?.hasPrefix("offers ") == true)
        let excluded = try #require(object["excluded"] as? [String: Int])
        #expect(Set(excluded.keys) == ["accepts_referrals", "language", "area", "capacity", "population"])
        let scores = items.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test("the same query twice prints the same bytes")
    func deterministic() throws {
        let binary = try TejidoBinary.seeded()
        let arguments = ["match", "referrals"] + Self.client + ["--json", "--db", binary.db]
        let first = try binary.run(arguments), second = try binary.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let partners = ["match", "partners", "--org", "chicommons", "--json", "--db", binary.db]
        #expect(try binary.run(partners).stdout == binary.run(partners).stdout)
    }

    @Test("an empty answer carries its explanation, in JSON and in the table")
    func emptyAnswer() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["match", "referrals", "--org", "centro-de-trabajadores-unidos", "--need", "finance.bookkeeping", "--json", "--db", binary.db])
        #expect(run.status == 0)
        let object = try #require(try binary.json(run) as? [String: Any])
        #expect((object["items"] as? [Any])?.isEmpty == true)
        let explanation = try #require(object["explanation"] as? String)
        #expect(explanation.hasPrefix("No provider offers Bookkeeping (finance.bookkeeping)"))
        let table = try binary.run(["match", "referrals", "--org", "centro-de-trabajadores-unidos", "--need", "finance.bookkeeping", "--lang", "es", "--db", binary.db])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Ninguna organización ofrece Teneduría de libros (finance.bookkeeping)"))
    }

    @Test("the human output is a ranked table with the top reasons")
    func table() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["match", "referrals"] + Self.client + ["--limit", "3", "--db", binary.db])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Providers for ChiCommons"))
        #expect(lines[1].hasPrefix("#"))
        #expect(lines[1].contains("PROVIDER") && lines[1].contains("SCORE") && lines[1].contains("TOP REASONS"))
        #expect(lines.contains { $0.hasPrefix("1 ") && $0.contains("offers ") })
        #expect(lines.last?.contains("considered") == true)

        let partners = try binary.run(["match", "partners", "--org", "chicommons", "--db", binary.db])
        #expect(partners.status == 0)
        #expect(partners.stdout.contains("PARTNER"))
    }

    @Test("match partners --json names each partner with its score, features and reasons")
    func partnersJSON() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["match", "partners", "--org", "chicommons", "--limit", "5", "--json", "--db", binary.db])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try binary.json(run) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(!items.isEmpty && items.count <= 5)
        let first = try #require(items.first)
        #expect(Set(first.keys) == ["partner", "score", "features", "reasons"])
        #expect(Set((first["partner"] as? [String: Any] ?? [:]).keys) == ["id", "slug", "name"])
        #expect(Set((first["features"] as? [String: Double] ?? [:]).keys) == ["complementarity", "peer_similarity", "link_prediction", "geographic_fit"])
        #expect(object["excluded"] is [String: Int])
    }

    @Test("an unknown organization or service code is one line with a close match, exit 1")
    func unknownNames() throws {
        let binary = try TejidoBinary.seeded()
        let org = try binary.run(["match", "referrals", "--org", "chicomons", "--need", "finance.bookkeeping", "--db", binary.db])
        #expect(org.status == 1)
        #expect(org.stderr.contains("no organization 'chicomons'; did you mean 'chicommons'?"))
        #expect(org.stderr.split(separator: "\n").count == 1)
        let code = try binary.run(["match", "referrals", "--org", "chicommons", "--need", "finance.bookeeping", "--db", binary.db])
        #expect(code.status == 1)
        #expect(code.stderr.contains("unknown service code 'finance.bookeeping'; did you mean 'finance.bookkeeping'?"))
        let partner = try binary.run(["match", "partners", "--org", "chicomons", "--db", binary.db])
        #expect(partner.status == 1)
        #expect(partner.stderr.contains("did you mean 'chicommons'?"))
    }

    @Test("a bad --weight or --relax is a usage error, exit 2, listing the valid names")
    func badOptions() throws {
        let binary = try TejidoBinary.seeded()
        let weight = try binary.run(["match", "referrals"] + Self.client + ["--weight", "speed=2", "--db", binary.db])
        #expect(weight.status == 2)
        #expect(weight.stderr.contains("service_fit") && weight.stderr.contains("network_proximity") && weight.stderr.contains("cost_fit"))
        let value = try binary.run(["match", "referrals"] + Self.client + ["--weight", "cost_fit=lots", "--db", binary.db])
        #expect(value.status == 2)
        let relax = try binary.run(["match", "referrals"] + Self.client + ["--relax", "distance", "--db", binary.db])
        #expect(relax.status == 2)
        #expect(relax.stderr.contains("accepts_referrals") && relax.stderr.contains("population"))

        let relaxed = try binary.run(["match", "referrals"] + Self.client + ["--relax", "area", "language", "--weight", "cost_fit=1", "--json", "--db", binary.db])
        #expect(relaxed.status == 0)
    }
}
