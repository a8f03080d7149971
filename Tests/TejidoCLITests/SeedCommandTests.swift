import Foundation
import Testing

@Suite("tejido seed")
struct SeedCommandTests {
    @Test("seeding twice changes nothing the second time, and says so")
    func idempotent() throws {
        let binary = try TejidoBinary()
        let first = try binary.run(["seed", "--db", binary.db])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Seeded"))
        let second = try binary.run(["seed", "--db", binary.db, "--json"])
        #expect(second.status == 0)
        let report = try #require(try binary.json(second) as? [String: Any])
        #expect(report["changed"] as? Bool == false)
        #expect((report["inserted"] as? [String: Any])?.isEmpty == true)
        let third = try binary.run(["seed", "--db", binary.db])
        #expect(third.stdout.hasPrefix("Nothing to do"))
    }

    @Test("a seed file that fails validation names file, record and field, and writes nothing")
    func badSeedWritesNothing() throws {
        let binary = try TejidoBinary()
        let seed = binary.folder.appendingPathComponent("seed")
        try FileManager.default.copyItem(at: TejidoBinary.repository.appendingPathComponent("seed"), to: seed)
        let file = seed.appendingPathComponent("organizations/es-catalunya.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(text.range(of: "\"service\": \"management.interim\""))
        text.replaceSubrange(range, with: "\"service\": \"management.interin\"")
        try text.write(to: file, atomically: true, encoding: .utf8)

        let run = try binary.run(["seed", "--db", binary.db, "--from", seed.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("organizations/es-catalunya.json"))
        #expect(run.stderr.contains("calidoscoop"))
        #expect(run.stderr.contains("service"))
        #expect(run.stderr.contains("did you mean 'management.interim'"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: binary.db))
    }

    @Test("a file that is not a Tejido database is refused and left untouched", arguments: ["text", "foreign-sqlite"])
    func refusesForeignFiles(kind: String) throws {
        let binary = try TejidoBinary()
        if kind == "text" {
            try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: binary.db))
        } else {
            let made = Process()
            made.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            made.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table notes(x)'); c.commit()", binary.db]
            try made.run()
            made.waitUntilExit()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: binary.db))
        for arguments in [["seed"], ["stats"], ["search", "coop"]] {
            let run = try binary.run(arguments + ["--db", binary.db])
            #expect(run.status == 1)
            #expect(run.stderr.contains("refusing to touch it"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: binary.db)) == before)
    }
}
