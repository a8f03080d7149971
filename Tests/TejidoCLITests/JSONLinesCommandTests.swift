import Foundation
import Testing

@Suite("tejido generate, import and export as JSON Lines")
struct JSONLinesCommandTests {
    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test("export, import into a fresh database and export again gives the same bytes; a second import changes nothing")
    func roundTrip() throws {
        let binary = try TejidoBinary.seeded()
        let first = binary.folder.appendingPathComponent("first.jsonl").path
        #expect(try binary.run(["export", "--db", binary.db, "--format", "jsonl", "--out", first, "--include-private"]).status == 0)

        let copy = binary.folder.appendingPathComponent("copy.sqlite").path
        let imported = try binary.run(["import", "--db", copy, "--format", "jsonl", first, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let again = try binary.run(["import", "--db", copy, "--format", "jsonl", first])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Nothing changed"))

        let second = binary.folder.appendingPathComponent("second.jsonl").path
        #expect(try binary.run(["export", "--db", copy, "--format", "jsonl", "--out", second, "--include-private"]).status == 0)
        #expect(try bytes(first) == bytes(second))

        let original = try binary.json(binary.run(["stats", "--db", binary.db, "--json"])) as? NSDictionary
        let restored = try binary.json(binary.run(["stats", "--db", copy, "--json"])) as? NSDictionary
        #expect(original != nil && original == restored)
    }

    @Test("without --include-private, contacts and who submitted a report stay out of the export")
    func privateFieldsStayOut() throws {
        let binary = try TejidoBinary.seeded()
        let full = try binary.run(["export", "--db", binary.db, "--format", "jsonl", "--include-private"])
        let open = try binary.run(["export", "--db", binary.db, "--format", "jsonl"])
        #expect(full.status == 0 && open.status == 0)
        #expect(full.stdout.contains(#""contacts""#) && full.stdout.contains(#""submitted_by""#), "the seed has private fields to leave out")
        #expect(!open.stdout.contains(#""contacts""#) && !open.stdout.contains(#""submitted_by""#))
        #expect(open.stdout.split(separator: "\n").count == full.stdout.split(separator: "\n").count)
    }

    @Test("generate is deterministic and its output imports cleanly")
    func generate() throws {
        let binary = try TejidoBinary()
        let a = binary.folder.appendingPathComponent("a.jsonl").path, b = binary.folder.appendingPathComponent("b.jsonl").path
        #expect(try binary.run(["generate", "--orgs", "150", "--seed", "9", "--out", a]).status == 0)
        #expect(try binary.run(["generate", "--orgs", "150", "--seed", "9", "--out", b]).status == 0)
        #expect(try bytes(a) == bytes(b))
        let run = try binary.run(["import", "--db", binary.db, "--format", "jsonl", a])
        #expect(run.status == 0, "\(run.stderr)")
        let stats = try #require(try binary.json(binary.run(["stats", "--db", binary.db, "--json"])) as? [String: Any])
        #expect(stats["organizations"] as? Int == 150)
    }

    /// Everything the database holds, private fields included, in its canonical export form.
    private func contents(_ binary: TejidoBinary) throws -> Data {
        let path = binary.folder.appendingPathComponent("contents-\(UUID().uuidString).jsonl").path
        #expect(try binary.run(["export", "--db", binary.db, "--format", "jsonl", "--out", path, "--include-private"]).status == 0)
        return try bytes(path)
    }

    @Test("a bad line fails the whole import with file, line and field, and leaves the database as it was")
    func failedImportChangesNothing() throws {
        let binary = try TejidoBinary.seeded()
        let before = try contents(binary)
        let file = binary.folder.appendingPathComponent("bad.jsonl")
        let good = #"{"type":"organization","id":"0b7c8a8e-4f55-4c6e-9a55-8d1b1f0a7a01","slug":"new-coop","name":"New Co-op","kinds":["worker_coop"],"sources":[{"document":"test"}]}"#
        let bad = #"{"type":"organization","id":"0b7c8a8e-4f55-4c6e-9a55-8d1b1f0a7a02","slug":"other-coop","name":"Other","kinds":["worker_coop"],"needs":[{"id":"0b7c8a8e-4f55-4c6e-9a55-8d1b1f0a7a03","service":"finance.bookeeping"}],"sources":[{"document":"test"}]}"#
        try (good + "\n" + bad + "\n").write(to: file, atomically: true, encoding: .utf8)

        let dry = try binary.run(["import", "--db", binary.db, "--format", "jsonl", "--dry-run", file.path])
        #expect(dry.status == 1)
        let run = try binary.run(["import", "--db", binary.db, "--format", "jsonl", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.jsonl:2"))
        #expect(run.stderr.contains("finance.bookkeeping"))
        #expect(try contents(binary) == before)
        #expect(try binary.run(["show", "--db", binary.db, "new-coop"]).status == 1)
    }

    @Test("--on-error skip writes the good records and the rejected lines with their reasons")
    func skipWritesRejects() throws {
        let binary = try TejidoBinary.seeded()
        let file = binary.folder.appendingPathComponent("mixed.jsonl")
        let good = #"{"type":"organization","id":"0b7c8a8e-4f55-4c6e-9a55-8d1b1f0a7a11","slug":"good-coop","name":"Good Co-op","kinds":["worker_coop"],"sources":[{"document":"test"}]}"#
        try (good + "\n{\"type\":\"organization\",\n" + "[1,2]\n").write(to: file, atomically: true, encoding: .utf8)
        let rejects = binary.folder.appendingPathComponent("rejects.jsonl").path
        let run = try binary.run(["import", "--db", binary.db, "--format", "jsonl", "--on-error", "skip", "--rejects", rejects, file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try binary.run(["show", "--db", binary.db, "good-coop"]).status == 0)
        let lines = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["line"] as? Int == 2)
        #expect(String(describing: first["problems"] ?? "").contains("is not valid JSON"))
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["line"] as? Int == 3)
        #expect(String(describing: second["problems"] ?? "").contains("must be a JSON object"))
        #expect(first["original"] as? String == #"{"type":"organization","#)
        #expect(second["original"] as? String == "[1,2]")
    }

    @Test("a missing file, a line over the limit and a bad flag each get one clear line")
    func errors() throws {
        let binary = try TejidoBinary()
        let missing = try binary.run(["import", "--db", binary.db, "--format", "jsonl", "/nonexistent.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file"))
        #expect(!FileManager.default.fileExists(atPath: binary.db))

        let file = binary.folder.appendingPathComponent("long.jsonl")
        try ("{\"type\":\"organization\",\"name\":\"" + String(repeating: "x", count: 5000) + "\"}\n").write(to: file, atomically: true, encoding: .utf8)
        let long = try binary.run(["import", "--db", binary.db, "--format", "jsonl", "--max-line-bytes", "1024", file.path])
        #expect(long.status == 1)
        #expect(long.stderr.contains("long.jsonl:1"))
        #expect(long.stderr.contains("1024-byte limit"))

        let flag = try binary.run(["import", "--db", binary.db, "--format", "xml", file.path])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("jsonl"))
    }
}
