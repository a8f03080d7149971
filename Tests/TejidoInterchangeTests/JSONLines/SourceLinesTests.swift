import Foundation
import Testing

@testable import TejidoInterchange

@Suite("Lines of a source file read back by number, for the rejects file")
struct SourceLinesTests {
    private func file(_ bytes: [UInt8]) throws -> String {
        let url = try JSONLinesFixtures.temporaryFile("source.jsonl")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Every line as a reference split would give it: ended by LF, a last line without LF counted
    /// when not empty.
    private func reference(_ bytes: [UInt8]) -> [Int: String] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        return Dictionary(uniqueKeysWithValues: lines.enumerated().map { ($0.offset + 1, $0.element) })
    }

    @Test("only the lines asked for, numbered from 1; a CR before the LF is kept; lines past the end are absent")
    func chosenLines() throws {
        let path = try file(Array("first\nsecond\r\n\nfourth\nlast".utf8))
        let lines = try SourceLines.read([0, 2, 3, 5, 9, -1], from: path)
        #expect(lines == [2: "second\r", 3: "", 5: "last"])
        #expect(try SourceLines.read([], from: path).isEmpty)
        #expect(try SourceLines.read([4], from: path) == [4: "fourth"])
    }

    @Test("a file that ends with LF has no empty line after it")
    func endsWithNewline() throws {
        let path = try file(Array("a\nb\n".utf8))
        #expect(try SourceLines.read([1, 2, 3], from: path) == [1: "a", 2: "b"])
    }

    @Test("lines that cross chunk boundaries read the same whatever the chunk size")
    func chunkBoundaries() throws {
        var bytes: [UInt8] = []
        for number in 1...40 {
            bytes += Array(String(repeating: "é\(number)", count: number % 7).utf8)
            bytes.append(0x0A)
        }
        bytes += Array("tail without a line end".utf8)
        let path = try file(bytes)
        let expected = reference(bytes)
        let all = Set(expected.keys)
        for chunk in [1, 2, 3, 7, 64, 1 << 22] {
            #expect(try SourceLines.read(all, from: path, chunkBytes: chunk) == expected, "chunk \(chunk)")
            #expect(try SourceLines.read([41, 3], from: path, chunkBytes: chunk) == [41: expected[41]!, 3: expected[3]!], "chunk \(chunk)")
        }
    }

    @Test("bytes that are not UTF-8 are replaced, not fatal")
    func invalidUTF8() throws {
        let path = try file([0x61, 0xFF, 0x62, 0x0A])
        #expect(try SourceLines.read([1], from: path) == [1: "a\u{FFFD}b"])
    }

    @Test("a file that cannot be opened is an error")
    func missingFile() {
        #expect(throws: (any Error).self) { try SourceLines.read([1], from: "/nonexistent/source.jsonl") }
    }
}
