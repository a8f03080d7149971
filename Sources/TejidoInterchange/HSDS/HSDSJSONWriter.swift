import Foundation

/// A fast, append-only JSON writer over bytes, for the HSDS export: no intermediate dictionaries,
/// no `JSONSerialization`, commas placed automatically. Output is compact UTF-8 with keys in the
/// order they are written.
struct HSDSJSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// Whether the innermost open container has no element yet.
    private var first = true
    /// Whether a key was just written, so the next value belongs to it.
    private var afterKey = false

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Forgets what was written, keeping the buffer's capacity.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        first = true
        afterKey = false
    }

    /// Appends raw bytes between values (for a page's header and footer written by hand).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
        } else {
            if !first { bytes.append(UInt8(ascii: ",")) }
        }
        first = false
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        first = true
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        first = false
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        first = true
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        first = false
    }

    /// Writes `"name":`; the next value written belongs to it.
    mutating func key(_ name: StaticString) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Writes a key that is only known at run time (map keys such as language tags).
    mutating func key(_ name: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    /// Writes the JSON another writer produced as a string value (an attribute's `value` that
    /// holds JSON).
    mutating func string(json other: HSDSJSONWriter) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(other.bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes JSON text made elsewhere (by the store's canonical writer) as a string value.
    mutating func string(jsonBytes: [UInt8]) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(jsonBytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a value that is already JSON text (from `JSONEncoder`).
    mutating func json(_ encoded: [UInt8]) {
        separate()
        bytes.append(contentsOf: encoded)
    }

    mutating func uuid(_ value: UUID) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        HSDSIdentifiers.appendLowercased(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) {
        separate()
        appendInteger(value)
    }

    mutating func double(_ value: Double) {
        separate()
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int(value))
        } else {
            // Swift prints the shortest text that reads back as the same Double.
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    mutating func bool(_ value: Bool) {
        separate()
        if value { raw("true") } else { raw("false") }
    }

    mutating func null() {
        separate()
        raw("null")
    }

    // MARK: Fields (key + value, skipped when nil)

    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: UUID?) {
        guard let value else { return }
        key(name)
        uuid(value)
    }

    mutating func field(_ name: StaticString, _ value: Double?) {
        guard let value else { return }
        key(name)
        double(value)
    }

    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    mutating func field(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(name)
        bool(value)
    }

    // MARK: Encoding

    private mutating func appendInteger(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped<C: Collection>(_ source: C) where C.Element == UInt8 {
        for byte in source {
            switch byte {
            case UInt8(ascii: "\""):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "\\"))
            case 0x0A:
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "n"))
            case 0x0D:
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "r"))
            case 0x09:
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
    }
}
