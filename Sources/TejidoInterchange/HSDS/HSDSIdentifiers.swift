import Foundation
import TejidoModel

/// The UUIDs of the HSDS export. Every HSDS row needs a UUID, and Tejido gives ids only to
/// organizations, offerings, needs, relationships, referrals and reports. The rest are derived,
/// so the same dataset always exports to the same bytes:
///
/// - taxonomies and taxonomy terms: name-based (UUID version 5) over a readable name, so an
///   importer can recognise Tejido's own terms without reading the taxonomy file;
/// - rows that hang off a record (a location, an address, a language, an attribute…): a cheap
///   mix of the record's id, the row's role and its position, stamped as UUID version 8 (RFC 9562
///   "custom"). These are only ever read to link rows together.
enum HSDSIdentifiers {
    /// What a derived row is, so two kinds of row under one record never share an id.
    enum Role: UInt64 {
        case location = 1, address, locationLanguage, phone, contact, contactPhone, serviceLanguage, serviceArea
        case costOption, serviceAtLocation, attribute, metadata, virtualLocation, page
    }

    /// The taxonomy "Tejido services".
    static let servicesTaxonomy = NameBasedUUID.make("tejido:hsds:taxonomy:services")
    /// The taxonomy "Tejido areas".
    static let areasTaxonomy = NameBasedUUID.make("tejido:hsds:taxonomy:areas")
    /// The taxonomy "Tejido fields": the terms that name Tejido fields carried as attributes.
    static let fieldsTaxonomy = NameBasedUUID.make("tejido:hsds:taxonomy:fields")

    /// The term of a service code in "Tejido services".
    static func serviceTerm(_ code: ServiceCode) -> UUID { NameBasedUUID.make("tejido:hsds:taxonomy_term:services:" + code.rawValue) }

    /// The term of an area in "Tejido areas".
    static func areaTerm(_ id: AreaID) -> UUID { NameBasedUUID.make("tejido:hsds:taxonomy_term:areas:" + id.rawValue) }

    /// The term of a Tejido field in "Tejido fields".
    static func fieldTerm(_ code: String) -> UUID { NameBasedUUID.make("tejido:hsds:taxonomy_term:fields:" + code) }

    /// The id of the `index`-th row of `role` under the record `owner`.
    static func derived(_ owner: UUID, _ role: Role, _ index: Int) -> UUID {
        let (high, low) = withUnsafeBytes(of: owner.uuid) { raw in
            (UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
             UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
        let salt = role.rawValue &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: index) &* 0xD6E8_FEB8_6659_FD93
        let first = mix(high ^ salt)
        var second = mix(low ^ first ^ (salt >> 7 | salt << 57))
        // Version 8 (custom) in byte 6, the RFC 9562 variant in byte 8.
        var top = first & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_8000
        second = second & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        top = top.bigEndian
        second = second.bigEndian
        var result: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &result) { raw in
            raw.storeBytes(of: top, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: second, toByteOffset: 8, as: UInt64.self)
        }
        return UUID(uuid: result)
    }

    /// SplitMix64's finalizer: a fast, well-spread 64-bit mix.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends the lower-case canonical text of `id` (36 bytes) without making a `String`.
    static func appendLowercased(_ id: UUID, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: id.uuid) { raw in
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(hexDigits[Int(raw[index] >> 4)])
                bytes.append(hexDigits[Int(raw[index] & 0x0F)])
            }
        }
    }

    /// The lower-case canonical text of `id`.
    static func text(_ id: UUID) -> String { id.uuidString.lowercased() }
}
