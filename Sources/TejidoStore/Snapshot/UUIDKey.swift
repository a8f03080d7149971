import Foundation
import TejidoDirectory
import TejidoModel

/// UUID text straight from a column's bytes to the two integers ids are ordered and hashed by,
/// through a lookup table: no string, no `UUID` on the way.
enum UUIDKey {
    /// Each byte's value as a hex digit, or 0xFF.
    private static let digit: [UInt8] = (0...255).map { byte -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt8(byte) - UInt8(ascii: "A") + 10
        default: 0xFF
        }
    }

    /// The key of canonical UUID text (`8-4-4-4-12` hex digits), or nil.
    static func parse(_ text: UnsafeRawBufferPointer) -> OrderKey? {
        guard text.count == 36, text[8] == 0x2D, text[13] == 0x2D, text[18] == 0x2D, text[23] == 0x2D else { return nil }
        return digit.withUnsafeBufferPointer { digit -> OrderKey? in
            var words: (UInt64, UInt64) = (0, 0)
            var bad: UInt8 = 0
            var position = 0
            for half in 0..<2 {
                var word: UInt64 = 0
                for _ in 0..<16 {
                    if position == 8 || position == 13 || position == 18 || position == 23 { position += 1 }
                    let value = digit[Int(text[position])]
                    bad |= value
                    word = word << 4 | UInt64(value & 0x0F)
                    position += 1
                }
                if half == 0 { words.0 = word } else { words.1 = word }
            }
            return bad & 0xF0 == 0 ? OrderKey(high: words.0, low: words.1) : nil
        }
    }

    /// The id whose order key is `key`.
    static func id(_ key: OrderKey) -> OrganizationID {
        let high = key.high.bigEndian, low = key.low.bigEndian
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw.storeBytes(of: high, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: low, toByteOffset: 8, as: UInt64.self)
        }
        return OrganizationID(UUID(uuid: bytes))
    }
}
