import Foundation

/// A strict JSON parser (RFC 8259) over UTF-8 bytes that says where a file goes wrong: the line,
/// the column and what it found, so a truncated download or a stray character is reported as
/// `is not valid JSON: the file ends inside a string (line 40, column 12)`. The bytes must already
/// be valid UTF-8 (see ``HSDSText``).
struct HSDSJSONParser {
    /// Why the text is not JSON, and where.
    struct Failure: Error, Sendable {
        var message: String
        var line: Int
        var column: Int
        var description: String { "\(message) (line \(line), column \(column))" }
    }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    private static let maximumDepth = 512

    /// Parses one JSON document (a leading byte-order mark is skipped).
    static func parse(_ bytes: [UInt8]) throws(Failure) -> HSDSJSON {
        var parser = HSDSJSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        guard parser.position < bytes.count else { throw parser.failure("the file is empty") }
        let value = try parser.value()
        parser.skipWhitespace()
        if parser.position < bytes.count { throw parser.failure("there is more text after the JSON value: \(parser.found())") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value() throws(Failure) -> HSDSJSON {
        guard position < bytes.count else { throw failure("the file ends where a value should be") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("expected a value but found \(found())")
        }
    }

    private mutating func object() throws(Failure) -> HSDSJSON {
        try enter()
        position += 1
        var object = HSDSJSONObject()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw failure("the file ends inside an object") }
            guard bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes but found \(found())") }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count else { throw failure("the file ends inside an object") }
            guard bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':' after the key \"\(key)\" but found \(found())") }
            position += 1
            skipWhitespace()
            object[key] = try value()
            skipWhitespace()
            guard position < bytes.count else { throw failure("the file ends inside an object") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return .object(object)
            default: throw failure("expected ',' or '}' but found \(found())")
            }
        }
    }

    private mutating func array() throws(Failure) -> HSDSJSON {
        try enter()
        position += 1
        var elements: [HSDSJSON] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            guard position < bytes.count else { throw failure("the file ends inside a list") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default: throw failure("expected ',' or ']' but found \(found())")
            }
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth { throw failure("the values are nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        // Fast path: no escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("a string holds a raw control character (U+\(String(format: "%04X", byte))); it must be escaped") }
            position += 1
        }
        var buffer = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw failure("the file ends inside a string") }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                            position += 2
                            let low = try hex4()
                            guard (0xDC00..<0xE000).contains(low) else { throw failure("a \\u escape holds an unpaired surrogate") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            throw failure("a \\u escape holds an unpaired surrogate")
                        }
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw failure("a \\u escape holds an unpaired surrogate")
                    }
                    buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    position -= 1
                    throw failure("a string holds an invalid escape \\\(String(decoding: [escape], as: UTF8.self))")
                }
            default:
                if byte < 0x20 { throw failure("a string holds a raw control character (U+\(String(format: "%04X", byte))); it must be escaped") }
                buffer.append(byte)
                position += 1
            }
        }
        throw failure("the file ends inside a string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("the file ends inside a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("a \\u escape needs four hexadecimal digits but found \(found())")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func number() throws(Failure) -> Double {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw failure("the file ends inside a number") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else if digits() == 0 {
            throw failure("expected a digit but found \(found())")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            if digits() == 0 { throw failure("expected a digit after the decimal point but found \(found())") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            if digits() == 0 { throw failure("expected a digit in the exponent but found \(found())") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            position = start
            throw failure("the number \(text) is out of range")
        }
        return value
    }

    private mutating func literal(_ word: StaticString, _ value: HSDSJSON) throws(Failure) -> HSDSJSON {
        let expected = word.withUTF8Buffer { Array($0) }
        guard position + expected.count <= bytes.count else { throw failure("the file ends inside '\(word)'") }
        guard Array(bytes[position..<position + expected.count]) == expected else { throw failure("expected a value but found \(found())") }
        position += expected.count
        return value
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// What is at the current position, for messages.
    private func found() -> String {
        guard position < bytes.count else { return "the end of the file" }
        var end = position + 1
        while end < bytes.count, end - position < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[position..<end], as: UTF8.self) + "'"
    }

    private func failure(_ message: String) -> Failure {
        let (line, column) = HSDSText.lineAndColumn(of: min(position, bytes.count), in: bytes)
        return Failure(message: message, line: line, column: column)
    }
}
