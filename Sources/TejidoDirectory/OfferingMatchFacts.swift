import TejidoModel

/// What the matcher takes from an offering beside its service: capacity, cost, co-op fluency,
/// modes, and the languages and areas it names. The store keeps it beside the record as
/// ``encoded()`` bytes.
package struct OfferingMatchFacts: Equatable, Sendable {
    /// The layout version of ``encoded()``; bytes of another version do not decode.
    static let format: UInt8 = 1

    /// Open slots per month, clamped below ``MatchColumns/unknownCapacity``, which stands for none stated.
    package var capacity: UInt16
    /// The cost code, co-op fluency and modes, as in ``MatchColumns/offeringBits`` (without the
    /// explicit-languages and explicit-areas bits, which follow from the lists).
    package var bits: UInt8
    /// Primary subtags of the languages it names, as listed.
    package var languages: [String]
    package var areas: [AreaID]

    package init(_ offering: Offering) {
        capacity = offering.capacityPerMonth.map { UInt16(clamping: max(0, min($0, Int(MatchColumns.unknownCapacity) - 1))) } ?? MatchColumns.unknownCapacity
        var bits: UInt8 = switch offering.cost {
        case .free?: MatchColumns.CostCode.free
        case .slidingScale?: MatchColumns.CostCode.slidingScale
        case .paid?: MatchColumns.CostCode.paid
        case nil: MatchColumns.CostCode.unknown
        }
        if offering.coopFluent == true { bits |= MatchColumns.OfferingBit.coopFluent }
        if offering.modes.contains(.inPerson) { bits |= MatchColumns.OfferingBit.inPerson }
        if offering.modes.contains(.remote) { bits |= MatchColumns.OfferingBit.remote }
        self.bits = bits
        languages = offering.languages.map(\.primary)
        areas = offering.areas
    }

    /// The facts as the store keeps them.
    package func encoded() -> [UInt8] {
        var writer = MatchBytesWriter()
        writer.byte(Self.format)
        writer.byte(bits)
        writer.count(Int(capacity))
        writer.strings(languages)
        writer.strings(areas.map(\.rawValue))
        return writer.bytes
    }

    /// Facts from ``encoded()`` bytes; nil when they are not of this ``format`` or are cut short.
    /// With `areas` false the area list is read past and left empty: for a summary, which does
    /// not use it.
    package init?(decoding bytes: UnsafeRawBufferPointer, areas readAreas: Bool = true) {
        var reader = MatchBytesReader(bytes)
        guard reader.byte() == Self.format, let bits = reader.byte(), let capacity = reader.count(), capacity <= Int(UInt16.max),
              let languages = reader.strings(), let areas = readAreas ? reader.strings() : reader.skippedStrings(), reader.isAtEnd
        else { return nil }
        self.bits = bits
        self.capacity = UInt16(capacity)
        self.languages = languages
        self.areas = areas.map { AreaID($0) }
    }
}
