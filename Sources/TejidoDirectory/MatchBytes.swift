/// The byte layout of the match facts the store keeps beside each record: little-endian fixed
/// fields, LEB128 counts and lengths, UTF-8 strings. Plain bytes, so the store holds them without
/// knowing what they mean and the directory reads them without JSON.
package struct MatchBytesWriter: Sendable {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func float(_ value: Float) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(shift))) }
    }

    package mutating func count(_ value: Int) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A LEB128 length and `raw`'s bytes (an empty run for nil).
    package mutating func lengthPrefixed(_ raw: UnsafeRawBufferPointer?) {
        count(raw?.count ?? 0)
        if let raw { bytes.append(contentsOf: raw) }
    }

    /// `raw` as it is, with no length: bytes this layout wrote before, moved.
    package mutating func copied(_ raw: ArraySlice<UInt8>) { bytes.append(contentsOf: raw) }

    package mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func strings(_ values: some Collection<String>) {
        count(values.count)
        for value in values {
            var value = value
            value.withUTF8 { utf8 in
                count(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }
    }
}

/// Reads what ``MatchBytesWriter`` wrote (and other byte forms of the same primitives); every
/// read fails (returns nil) past the end.
package struct MatchBytesReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    package init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    package var isAtEnd: Bool { offset == bytes.count }

    package mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func float() -> Float? {
        guard offset + 4 <= bytes.count else { return nil }
        defer { offset += 4 }
        return Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    package mutating func count() -> Int? {
        var value = 0, shift = 0
        while let next = byte() {
            value |= Int(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
            if shift > 28 { return nil }
        }
        return nil
    }

    /// A LEB128 length and that many bytes, in place.
    package mutating func lengthPrefixed() -> UnsafeRawBufferPointer? {
        guard let length = count(), offset + length <= bytes.count else { return nil }
        defer { offset += length }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    }

    package mutating func string() -> String? {
        guard let length = count(), offset + length <= bytes.count else { return nil }
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    }

    /// A string list read past without making its strings (an empty list), for readers that do
    /// not use it; nil when cut short.
    mutating func skippedStrings() -> [String]? {
        guard let count = count() else { return nil }
        for _ in 0..<count {
            guard let length = self.count(), offset + length <= bytes.count else { return nil }
            offset += length
        }
        return []
    }

    mutating func strings() -> [String]? {
        guard let count = count(), count <= bytes.count - offset else { return nil }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }
}
