import CJansson
import CJanssonArena
import Foundation
import Testing
@testable import TejidoInterchange

@Suite("jansson's values in a per-thread arena")
struct JanssonArenaTests {
    /// `body`'s answer for `text` parsed in the arena.
    static func parsed<R>(_ text: String, _ body: (Result<JanssonNode, JanssonParseError>) -> R) -> R {
        Array(text.utf8).withUnsafeBytes { JanssonDocument.withParsed($0, body) }
    }

    @Test("values read back inside the scope, and the arena keeps at most one block after it")
    func valuesAndRelease() {
        let names = Self.parsed(#"{"a":[{"name":"x"},{"name":"ñandú"}],"n":12,"b":true}"#) { parsed -> [String] in
            guard case .success(let root) = parsed, let elements = root["a"]?.elements else { return [] }
            #expect(root["n"]?.integer == 12)
            #expect(root["b"]?.bool == true)
            #expect(tejido_jansson_arena_capacity() > 0)
            return elements.compactMap { $0["name"]?.string }
        }
        #expect(names == ["x", "ñandú"])
        #expect(tejido_jansson_arena_capacity() <= 256 * 1024)
    }

    @Test("a line larger than a block parses whole, and its blocks are freed after")
    func largeLine() {
        let values = (0..<40_000).map { #"{"k\#($0)":"\#(String(repeating: "v", count: $0 % 50))"}"# }
        let text = "[" + values.joined(separator: ",") + "]"
        let count = Self.parsed(text) { parsed -> Int in
            guard case .success(let root) = parsed, let elements = root.elements else { return -1 }
            #expect(tejido_jansson_arena_capacity() > 256 * 1024)
            #expect(elements[39_999]["k39999"]?.string == String(repeating: "v", count: 39_999 % 50))
            return elements.count
        }
        #expect(count == 40_000)
        #expect(tejido_jansson_arena_capacity() <= 256 * 1024)
    }

    @Test("errors are reported from inside the arena, with the line usable after")
    func errors() {
        let message = Self.parsed(#"{"a": [1, 2"#) { parsed -> String? in
            guard case .failure(let error) = parsed else { return nil }
            return error.message
        }
        #expect(message != nil)
        let duplicate = Self.parsed(#"{"a": 1, "a": 2}"#) { parsed -> String? in
            guard case .failure(let error) = parsed else { return nil }
            return error.message
        }
        #expect(duplicate?.contains("duplicate") == true)
        #expect(Self.parsed(#"{"ok": "yes"}"#) { (try? $0.get())?["ok"]?.string } == "yes")
    }

    @Test("values made outside an arena, on any thread, are still allocated and freed normally")
    func outsideTheArena() async {
        _ = Self.parsed("{}") { _ in 0 }  // installs the allocator
        await withTaskGroup(of: Int.self) { group in
            for index in 0..<4 {
                group.addTask {
                    var total = 0
                    for _ in 0..<200 {
                        let value = json_loads("{\"i\": \(index), \"s\": \"\(String(repeating: "x", count: 100))\"}", 0, nil)!
                        total += Int(json_integer_value(json_object_get(value, "i")))
                        json_decref(value)
                        // Parses on the same thread, in the arena, between ordinary allocations.
                        total += Self.parsed(#"{"n": 1}"#) { (try? $0.get())?["n"]?.integer ?? 0 }
                    }
                    return total
                }
            }
            var sum = 0
            for await total in group { sum += total }
            #expect(sum == 200 * (0 + 1 + 2 + 3) + 4 * 200)
        }
    }

    @Test("a parse inside another leaves the outer document readable")
    func nested() {
        let (inner, outer) = Self.parsed(#"{"outer": "still here", "list": [1, 2, 3]}"#) { parsed -> (Int?, String?) in
            guard case .success(let root) = parsed else { return (nil, nil) }
            let inner = Self.parsed(#"{"inner": 7}"#) { (try? $0.get())?["inner"]?.integer }
            // Were the inner close to take the arena back, this parse would write over the outer
            // document's values.
            let filler = "[" + (0..<2_000).map { #"{"x\#($0)":"\#(String(repeating: "y", count: 40))"}"# }.joined(separator: ",") + "]"
            _ = Self.parsed(filler) { (try? $0.get())?.elements?.count }
            return (inner, root["outer"]?.string)
        }
        #expect(inner == 7)
        #expect(outer == "still here")
        #expect(tejido_jansson_arena_capacity() <= 256 * 1024)
    }
}
