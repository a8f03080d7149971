/// Byte-level text checks for imported files: UTF-8 validity with the place it breaks, and line
/// and column numbers for messages.
enum HSDSText {
    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil` when every
    /// byte is (overlong forms, surrogates and code points above U+10FFFF are not).
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let (length, minimum, lead): (Int, UInt32, UInt32)
            switch byte {
            case 0xC2...0xDF: (length, minimum, lead) = (2, 0x80, UInt32(byte & 0x1F))
            case 0xE0...0xEF: (length, minimum, lead) = (3, 0x800, UInt32(byte & 0x0F))
            case 0xF0...0xF4: (length, minimum, lead) = (4, 0x10000, UInt32(byte & 0x07))
            default: return index
            }
            var scalar = lead
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// The 1-based line and column (in bytes) of `offset`.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
