import Foundation
import Testing
import TejidoModel

@Suite("UUIDs read from text and from bytes")
struct UUIDTextTests {
    /// What Foundation makes of `text`, lower-cased as Tejido writes ids.
    static func foundation(_ text: String) -> String? { UUID(uuidString: text)?.uuidString.lowercased() }

    static func fromBytes(_ text: String) -> String? {
        Array(text.utf8).withUnsafeBufferPointer { OrganizationID(utf8: $0)?.description }
    }

    @Test("valid ids, in either case, read as Foundation reads them, from text and from bytes")
    func valid() {
        var ids = (0..<2_000).map { _ in UUID().uuidString }
        ids += ids.prefix(200).map { $0.lowercased() }
        ids += ["00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "0123abcd-4567-89ef-ABCD-ef0123456789"]
        for text in ids {
            #expect(Self.fromBytes(text) == Self.foundation(text))
            #expect(OrganizationID(text)?.description == Self.foundation(text))
            #expect(Self.fromBytes(text) != nil)
        }
    }

    @Test("anything else is refused: a wrong digit or hyphen anywhere, another length, other characters", arguments: [
        "", "nope", "6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a0", "6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a011",
        "6f2c3a527a47-4c44-8a0e-0d1c8d2b6a01-", "6f2c3a52_7a47-4c44-8a0e-0d1c8d2b6a01", "6f2c3a52-7a47-4c44-8a0e+0d1c8d2b6a01",
        "{6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a0}", "6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6aé", " 6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a0",
    ])
    func invalid(text: String) {
        #expect(Self.fromBytes(text) == nil)
        #expect(OrganizationID(text) == nil)
    }

    @Test("a digit replaced by any byte that is not a hexadecimal digit is refused, at every position")
    func everyPositionEveryByte() {
        let valid = Array("6f2c3a52-7a47-4c44-8a0e-0d1c8d2b6a01".utf8)
        let hexadecimal = Set("0123456789abcdefABCDEF".utf8)
        for position in valid.indices where valid[position] != UInt8(ascii: "-") {
            for byte in UInt8.min...UInt8.max where !hexadecimal.contains(byte) {
                var bytes = valid
                bytes[position] = byte
                #expect(bytes.withUnsafeBufferPointer { OrganizationID(utf8: $0) } == nil)
            }
        }
    }
}
