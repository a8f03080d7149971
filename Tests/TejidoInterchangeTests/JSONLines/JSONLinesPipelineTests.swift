import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("Reading JSON Lines on a second thread")
struct JSONLinesPipelineTests {
    /// A file of `count` relationship lines (ids numbered by line), with a broken line at `broken`.
    static func file(lines count: Int, broken: Int) throws -> URL {
        let lines = (1...count).map { line -> String in
            if line == broken { return "{\"type\":" }
            let id = String(format: "6f2c3a52-7a47-4c44-8a0e-%012d", line)
            return #"{"type":"relationship","id":"\#(id)","kind":"collaborated_with","from":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a02","to":"6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a03"}"#
        }
        let url = try JSONLinesFixtures.temporaryFile()
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test("records and problems reach the body in line order, across many batches, with what was prepared for them")
    func order() throws {
        let url = try Self.file(lines: 5_000, broken: 3_333)
        var reader = try JSONLinesReader(url: url)
        var seen: [Int] = []
        var lastBytes = 0
        try reader.forEach(preparing: { result, line -> (Int, Bool) in
            if case .success(.relationship(let relationship)) = result { return (Int(relationship.id.description.suffix(12))!, true) }
            return (line, false)
        }) { prepared, line, bytes in
            #expect(prepared.0 == line)
            #expect(prepared.1 == (line != 3_333))
            #expect(bytes >= lastBytes)
            lastBytes = bytes
            seen.append(line)
        }
        #expect(seen == Array(1...5_000))
        #expect(reader.bytesRead == (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int))
    }

    @Test("a body that throws stops the reading thread and its error comes back")
    func bodyThrows() throws {
        struct Stop: Error {}
        let url = try Self.file(lines: 20_000, broken: 0)
        var reader = try JSONLinesReader(url: url)
        var calls = 0
        #expect(throws: Stop.self) {
            try reader.forEach { _, line, _ in
                calls += 1
                if line == 700 { throw Stop() }
            }
        }
        #expect(calls == 700)
    }

    @Test("a file that cannot be opened is reported as before")
    func missingFile() throws {
        let url = try Self.file(lines: 1, broken: 0)
        var reader = try JSONLinesReader(url: url)
        try FileManager.default.removeItem(at: url)
        #expect(throws: ImportProblem.self) { try reader.forEach { _, _, _ in } }
    }
}
