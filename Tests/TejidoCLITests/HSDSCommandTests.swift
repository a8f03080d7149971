import Foundation
import Testing

/// `tejido export --format hsds` and `tejido import --format hsds`, run as a person would: the
/// built binary over real files.
@Suite("tejido export and import, HSDS")
struct HSDSCommandTests {
    /// The HSDS 3.0 specification material (`$TEJIDO_HSDS_SPEC`, else `../shared/hsds` beside the repository).
    static let specification: URL = {
        if let path = ProcessInfo.processInfo.environment["TEJIDO_HSDS_SPEC"] { return URL(fileURLWithPath: path, isDirectory: true) }
        return TejidoBinary.repository.deletingLastPathComponent().appendingPathComponent("shared/hsds", isDirectory: true)
    }()
    static let examples = specification.appendingPathComponent("examples", isDirectory: true)

    /// Everything the database holds, as JSON Lines: equal output, equal database.
    static func contents(_ binary: TejidoBinary) throws -> String {
        let run = try binary.run(["export", "--format", "jsonl", "--include-private", "--db", binary.db])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    static func stats(_ binary: TejidoBinary) throws -> String {
        let run = try binary.run(["stats", "--json", "--db", binary.db])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test("seed, export as HSDS, import into a fresh database (dry run, then for real, then again): the same directory, and the second import changes nothing")
    func roundTrip() throws {
        let seeded = try TejidoBinary.seeded()
        let folder = seeded.folder.appendingPathComponent("hsds", isDirectory: true)
        let export = try seeded.run(["export", "--format", "hsds", "--out", folder.path, "--db", seeded.db])
        #expect(export.status == 0, "\(export.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["organizations-0001.json", "taxonomies.json", "taxonomy_terms-0001.json"])

        let fresh = try TejidoBinary()
        let dry = try fresh.run(["import", "--format", "hsds", folder.path, "--dry-run", "--db", fresh.db])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("0 problem(s); nothing was written"))
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(Self.stats(fresh).utf8)) as? [String: Any])
        #expect(empty["organizations"] as? Int == 0)

        let real = try fresh.run(["import", "--format", "hsds", folder.path, "--db", fresh.db])
        #expect(real.status == 0, "\(real.stderr)")
        #expect(real.stdout.contains("Inserted 78 services, 52 areas, 71 organizations, 94 offerings"))
        #expect(try Self.stats(fresh) == Self.stats(seeded))

        let again = try fresh.run(["import", "--format", "hsds", folder.path, "--json", "--db", fresh.db])
        #expect(again.status == 0)
        let report = try #require(try fresh.json(again) as? [String: Any])
        #expect((report["inserted"] as? [String: Any])?.isEmpty == true)
        #expect((report["updated"] as? [String: Any])?.isEmpty == true)
        #expect((report["dropped"] as? [Any])?.isEmpty == true, "a Tejido export has nothing to drop")
    }

    @Test("every example of the specification imports into the seeded directory, and importing it again changes nothing",
          arguments: [
              "base.json", "location.json", "organization_full.json", "organization_list.json", "service_at_location_full.json",
              "service_at_location_list.json", "service_full.json", "service_list.json", "tabular.json", "taxonomy.json", "taxonomy_list.json",
              "taxonomy_term.json", "taxonomy_term_list.json", "csv",
          ])
    func examples(_ name: String) throws {
        let binary = try TejidoBinary.seeded()
        let path = Self.examples.appendingPathComponent(name).path
        let before = try Self.contents(binary)
        let dry = try binary.run(["import", "--format", "hsds", path, "--dry-run", "--json", "--db", binary.db])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try Self.contents(binary) == before, "a dry run wrote something")

        let first = try binary.run(["import", "--format", "hsds", path, "--json", "--db", binary.db])
        #expect(first.status == 0, "\(first.stderr)")
        let report = try #require(try binary.json(first) as? [String: Any])
        #expect((report["problems"] as? [Any])?.isEmpty == true)
        #expect(report["committed"] as? Bool == true)
        let after = try Self.contents(binary)

        let second = try binary.run(["import", "--format", "hsds", path, "--json", "--db", binary.db])
        #expect(second.status == 0)
        let again = try #require(try binary.json(second) as? [String: Any])
        #expect((again["inserted"] as? [String: Any])?.isEmpty == true)
        #expect((again["updated"] as? [String: Any])?.isEmpty == true)
        #expect(try Self.contents(binary) == after)
    }

    @Test("the full organization example adds its organization and offering, and reports its unmapped term and dropped fields")
    func organizationExampleReport() throws {
        let binary = try TejidoBinary.seeded()
        let run = try binary.run(["import", "--format", "hsds", Self.examples.appendingPathComponent("organization_full.json").path, "--db", binary.db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Inserted 2 services, 1 organization, 1 offering"))
        #expect(run.stdout.contains("value(s) dropped"))
        #expect(run.stdout.contains("Unmapped taxonomy terms (kept as imported.* services): name (1)"))
        let show = try binary.run(["show", "example-organization-inc", "--json", "--db", binary.db])
        #expect(show.status == 0, "\(show.stderr)")
    }

    @Test("a broken file fails with exit 1 and a one-line reason naming the file, and the database is unchanged",
          arguments: ["truncated", "not-utf8", "wrong-type"])
    func brokenFile(_ kind: String) throws {
        let binary = try TejidoBinary.seeded()
        let file = binary.folder.appendingPathComponent("\(kind).json")
        switch kind {
        case "truncated":
            try Data(#"{"contents": [{"id": "77777777-7777-4777-8777-777777777777", "name": "Trunc"#.utf8).write(to: file)
        case "not-utf8":
            try Data(Array(#"{"id": "88888888-8888-4888-8888-888888888888", "name": "Bad "#.utf8) + [0xFF] + Array(#"", "description": "x"}"#.utf8)).write(to: file)
        default:
            try Data(#"[{"id": "11111111-1111-4111-8111-111111111111", "name": "Good", "description": "x"}, {"id": "44444444-4444-4444-8444-444444444444", "name": 42}]"#.utf8)
                .write(to: file)
        }
        let before = try Self.contents(binary)
        for extra in [["--dry-run"], []] {
            let run = try binary.run(["import", "--format", "hsds", file.path, "--db", binary.db] + extra)
            #expect(run.status == 1)
            let lines = run.stderr.split(separator: "\n")
            let reason = try #require(lines.first)
            #expect(reason.hasPrefix("\(kind).json"), "\(run.stderr)")
            #expect(lines.count == 2, "one line per problem, then the summary: \(run.stderr)")
            #expect(lines.last?.contains("nothing was written") == true)
        }
        #expect(try Self.contents(binary) == before)
    }

    @Test("--on-error skip imports the good records and writes the rejected ones with their reasons")
    func skipWritesRejects() throws {
        let binary = try TejidoBinary.seeded()
        let file = binary.folder.appendingPathComponent("mixed.json")
        try Data(#"[{"id": "11111111-1111-4111-8111-111111111111", "name": "Good Co-op", "description": "x"}, {"id": "44444444-4444-4444-8444-444444444444", "name": 42}]"#.utf8)
            .write(to: file)
        let rejects = binary.folder.appendingPathComponent("rejects.jsonl")
        let run = try binary.run(["import", "--format", "hsds", file.path, "--on-error", "skip", "--rejects", rejects.path, "--db", binary.db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Inserted 1 organization"))
        let written = try String(contentsOf: rejects, encoding: .utf8)
        #expect(written.contains("mixed.json"))
        #expect(written.contains("has the wrong type; expected a string, found a number"))
        #expect(written.contains("\"record\":\"[1]\"") || written.contains("\"record\" : \"[1]\""), "\(written)")
        let show = try binary.run(["show", "good-co-op", "--db", binary.db])
        #expect(show.status == 0, "\(show.stderr)")
    }
}
