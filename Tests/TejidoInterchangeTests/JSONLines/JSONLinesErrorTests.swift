import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("Broken JSON Lines input")
struct JSONLinesErrorTests {
    static let good = #"{"type":"relationship","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","kind":"collaborated_with","from":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a02","to":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a03"}"#

    func problems(_ content: [UInt8], maxLineBytes: Int = JSONLinesReader.defaultMaxLineBytes) throws -> ([ImportProblem], Int) {
        let file = try JSONLinesFixtures.temporaryFile()
        try Data(content).write(to: file)
        let (dataset, problems) = try JSONLinesFixtures.read(file, maxLineBytes: maxLineBytes)
        return (problems, dataset.relationships.count)
    }

    @Test("a truncated line is reported with its line number, and the lines around it still read")
    func truncated() throws {
        let content = Array((Self.good + "\n" + String(Self.good.prefix(60)) + "\n" + Self.good.replacingOccurrences(of: "a01", with: "a09") + "\n").utf8)
        let (problems, read) = try self.problems(content)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.reason.hasPrefix("is not valid JSON") == true)
        #expect(read == 2)
    }

    @Test("a wrong type names the field", arguments: [
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":5}"#, "name", "must be a string"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","kinds":"worker_coop"}"#, "kinds", "must be a list"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","kinds":["bakery"]}"#, "kinds[0]", "is not allowed"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","offerings":[{"id":"nope","service":"finance"}]}"#, "offerings[0].id", "is not a UUID"),
        (#"{"type":"relationship","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","kind":"likes","from":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a02","to":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a03"}"#, "kind", "is not allowed"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","offerings":[{"id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a02","service":"finance"},{"id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a03","service":"finance","sources":[{"document":"a"},{"document":7}]}]}"#, "offerings[1].sources[1].document", "must be a string"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","offerings":[{"id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a02","service":"finance","modes":["online","by_pigeon"]}]}"#, "offerings[0].modes", "is not allowed"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","languages":["es",3]}"#, "languages[1]", "must be a string"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","locations":[{"country":"ES"},{"country":"ES","lat":"north"}]}"#, "locations[1].lat", "must be a number"),
        (#"{"type":"organization","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","slug":"x-y","name":"X","coop_fluency":{"level":"guru"}}"#, "coop_fluency.level", "is not allowed"),
        (#"{"type":"referral","id":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01","referrer":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a02","client":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a03","provider":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a04","service":"finance","history":[{"at":"2024-02-02T10:30:00Z","status":"sent"},{"at":"yesterday","status":"sent"}]}"#, "history[1].at", "is not a UTC timestamp"),
        (#"{"type":"bakery"}"#, "type", "is not a record type"),
        (#"[1,2]"#, "", "must be a JSON object"),
    ])
    func wrongTypes(line: String, field: String, reason: String) throws {
        let (problems, _) = try self.problems(Array((line + "\n").utf8))
        let problem = try #require(problems.first)
        #expect((problem.field ?? "") == field)
        #expect(problem.reason.contains(reason), "\(problem.reason)")
        #expect(problem.line == 1)
    }

    @Test("bad UTF-8 is reported, not imported")
    func badUTF8() throws {
        var content = Array(#"{"type":"relationship","id":""#.utf8)
        content += [0xC3, 0x28, 0xFF]
        content += Array("\"}\n".utf8)
        let (problems, read) = try self.problems(content)
        #expect(read == 0)
        #expect(problems.first?.reason.contains("UTF-8") == true, "\(problems)")
    }

    @Test("a 10 MB line is refused without being held, and the next line still reads")
    func hugeLine() throws {
        var content = Array(#"{"type":"organization","name":""#.utf8)
        content += [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20)
        content += Array("\"}\n".utf8) + Array((Self.good + "\n").utf8)
        let (problems, read) = try self.problems(content)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 1)
        #expect(problems.first?.reason.contains("limit") == true)
        #expect(read == 1)
    }

    @Test("blank lines and CRLF line ends are accepted")
    func blankLinesAndCRLF() throws {
        let content = Array(("\n" + Self.good + "\r\n   \n").utf8)
        let (problems, read) = try self.problems(content)
        #expect(problems.isEmpty)
        #expect(read == 1)
    }
}
