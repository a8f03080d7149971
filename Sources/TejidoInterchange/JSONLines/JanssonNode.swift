import CJansson
import CJanssonArena

/// A borrowed view of a jansson value, valid while the document that owns it is alive. Reading
/// goes straight to jansson's C structures: no `Any`, no dictionaries, no intermediate copies.
struct JanssonNode {
    let pointer: UnsafeMutablePointer<json_t>

    var type: json_type { pointer.pointee.type }

    /// The member `key` of an object; `nil` when absent, null, or when this is not an object.
    /// The key is a literal: it is looked up by its bytes and length, with no C string made for it
    /// (a `String` argument would be copied into a new array for every lookup).
    subscript(key: StaticString) -> JanssonNode? {
        guard type == JSON_OBJECT else { return nil }
        let found = UnsafeRawPointer(key.utf8Start).withMemoryRebound(to: CChar.self, capacity: key.utf8CodeUnitCount) {
            json_object_getn(pointer, $0, key.utf8CodeUnitCount)
        }
        guard let value = found, value.pointee.type != JSON_NULL else { return nil }
        return JanssonNode(pointer: value)
    }

    var string: String? { utf8.map { String(decoding: $0, as: UTF8.self) } }

    /// A string's bytes, borrowed from jansson (which keeps its length, so nothing is counted
    /// again and no `String` is made); `nil` when this is not a string.
    var utf8: UnsafeBufferPointer<UInt8>? {
        guard type == JSON_STRING, let text = json_string_value(pointer) else { return nil }
        return UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: json_string_length(pointer))
    }

    var integer: Int? { type == JSON_INTEGER ? Int(json_integer_value(pointer)) : nil }

    var number: Double? {
        switch type {
        case JSON_INTEGER: Double(json_integer_value(pointer))
        case JSON_REAL: json_real_value(pointer)
        default: nil
        }
    }

    var bool: Bool? {
        switch type {
        case JSON_TRUE: true
        case JSON_FALSE: false
        default: nil
        }
    }

    /// The elements of an array, or `nil` when this is not one.
    var elements: [JanssonNode]? {
        guard type == JSON_ARRAY else { return nil }
        return (0..<json_array_size(pointer)).map { JanssonNode(pointer: json_array_get(pointer, $0)) }
    }

    /// The members of an object in document order, or `nil` when this is not one.
    var members: [(key: String, value: JanssonNode)]? {
        guard type == JSON_OBJECT else { return nil }
        var result: [(String, JanssonNode)] = []
        var iterator = json_object_iter(pointer)
        while let current = iterator {
            result.append((String(cString: json_object_iter_key(current)), JanssonNode(pointer: json_object_iter_value(current))))
            iterator = json_object_iter_next(pointer, current)
        }
        return result
    }

    /// A short name of the value's type, for error messages.
    var typeName: String {
        switch type {
        case JSON_OBJECT: "an object"
        case JSON_ARRAY: "a list"
        case JSON_STRING: "a string"
        case JSON_INTEGER, JSON_REAL: "a number"
        case JSON_TRUE, JSON_FALSE: "true or false"
        default: "null"
        }
    }
}

/// Parsing with jansson, one line at a time, in this thread's arena (`CJanssonArena`): jansson
/// allocates each value, key and table of a line from it, and the whole line is taken back at
/// once when its reader is done with it, instead of jansson freeing every value one by one.
enum JanssonDocument {
    /// Routes jansson's allocations through the arenas, once per process; threads that open no
    /// arena still allocate with malloc.
    private static let installed: Void = tejido_jansson_arena_install()

    /// Parses `bytes` and calls `body` with the root value, or with jansson's message and the
    /// column of the error. The value and everything reached from it are valid only inside
    /// `body`.
    static func withParsed<R>(_ bytes: UnsafeRawBufferPointer, _ body: (Result<JanssonNode, JanssonParseError>) -> R) -> R {
        _ = installed
        tejido_jansson_arena_open()
        defer { tejido_jansson_arena_close() }
        var error = json_error_t()
        guard let base = bytes.baseAddress,
            let value = json_loadb(base.assumingMemoryBound(to: CChar.self), bytes.count, Int(JSON_REJECT_DUPLICATES), &error)
        else {
            let message = withUnsafeBytes(of: error.text) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if json_error_code(&error) == json_error_invalid_utf8 {
                return body(.failure(JanssonParseError(message: "it is not valid UTF-8 (\(message))", column: Int(error.column))))
            }
            return body(.failure(JanssonParseError(message: message.isEmpty ? "empty line" : message, column: Int(error.column))))
        }
        // No json_decref: closing the arena takes the whole document back.
        return body(.success(JanssonNode(pointer: value)))
    }
}

/// Why jansson could not parse a line.
struct JanssonParseError: Error {
    let message: String
    let column: Int
}
