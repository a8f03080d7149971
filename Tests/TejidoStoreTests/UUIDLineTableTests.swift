import Foundation
import Testing
@testable import TejidoInterchange
@testable import TejidoStore

@Suite("The id table a bulk write checks references and repeats against")
struct UUIDLineTableTests {
    static func uuid(_ high: UInt64, _ low: UInt64) -> UUID {
        var bytes = (UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
                     UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0))
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw.storeBytes(of: high, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: low, toByteOffset: 8, as: UInt64.self)
        }
        return UUID(uuid: bytes)
    }

    @Test("it answers as a dictionary does, through many doublings, for random ids and ids that differ only in their last bytes")
    func agreesWithDictionary() {
        var random = SplitMix64(seed: 7)  // the same ids on every run
        let randomIDs = (0..<40_000).map { _ in Self.uuid(random.next(), random.next()) }
        // Time-ordered ids (UUID version 7 and the like): the first bytes repeat, the last count up.
        let orderedIDs = (0..<20_000).map { Self.uuid(0x0191_2C4A_7B00_7000, UInt64($0)) }
        let ids = randomIDs + orderedIDs + [Self.uuid(0, 0), Self.uuid(0, 1), Self.uuid(1, 0)]
        var table = UUIDLineTable(capacity: 0)
        var reference: [UUID: UInt32] = [:]
        for (index, id) in ids.enumerated() {
            let line = UInt32(index + 1)
            if index % 3 == 0 {
                #expect(table.insertLine(line, for: id) == nil)
                #expect(table.insertLine(line + 1_000_000, for: id) == line)
            } else {
                #expect(table.updateLine(line, for: id) == reference[id])
            }
            reference[id] = line
        }
        #expect(table.count == reference.count)
        for id in ids { #expect(table.line(of: id) == reference[id]) }
        for _ in 0..<5_000 {
            let absent = Self.uuid(random.next(), random.next())
            #expect(!table.contains(absent))
        }
    }

    @Test("a second line for an id replaces the first with updateLine and not with insertLine, the nil UUID included")
    func replacing() {
        for id in [Self.uuid(0, 0), Self.uuid(0x1234, 0x5678)] {
            var table = UUIDLineTable()
            #expect(table.line(of: id) == nil)
            #expect(table.insertLine(3, for: id) == nil)
            #expect(table.insertLine(5, for: id) == 3)
            #expect(table.line(of: id) == 3)
            #expect(table.updateLine(8, for: id) == 3)
            #expect(table.line(of: id) == 8)
            #expect(table.count == 1)
        }
    }
}
