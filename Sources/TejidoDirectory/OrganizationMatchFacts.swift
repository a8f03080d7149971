import TejidoModel

/// What the matcher takes from an organization's own record: the whole input of its row in
/// ``MatchColumns`` apart from offerings, needs, relationships and referrals. The store keeps it
/// beside the record as ``encoded()`` bytes, so a snapshot is built without decoding the record.
package struct OrganizationMatchFacts: Equatable, Sendable {
    /// The layout version of ``encoded()``; bytes of another version do not decode.
    static let format: UInt8 = 1

    package var acceptsReferrals: Bool
    /// Bit `i` set when it is of kind `OrganizationKind.allCases[i]`.
    package var kinds: UInt32
    /// Primary subtags of its languages, as listed (repeats kept: they weigh in ``MatchTables``).
    package var languages: [String]
    package var populations: [String]
    package var sectors: [String]
    /// The areas of its locations, in order.
    package var locationAreas: [AreaID]
    package var serviceAreas: [AreaID]
    /// Its first location with both coordinates, in degrees; NaN when none has.
    package var lat: Float
    package var lon: Float
    /// Co-op fluency in [0, 1]: the level (none 0, some 0.5, expert 1) or its co-op clients / 20, whichever is higher.
    package var fluency: Float

    package init(_ organization: Organization) {
        acceptsReferrals = organization.acceptsReferrals
        kinds = Self.kindMask(organization.kinds)
        languages = organization.languages.map(\.primary)
        populations = organization.populationsServed
        sectors = organization.sectors
        locationAreas = organization.locations.compactMap(\.area)
        serviceAreas = organization.serviceAreas
        if let located = organization.locations.first(where: { $0.lat != nil && $0.lon != nil }) {
            lat = Float(located.lat!)
            lon = Float(located.lon!)
        } else {
            lat = .nan
            lon = .nan
        }
        let level = organization.coopFluency?.level.weight ?? 0
        let clients = organization.coopFluency?.coopClients.map { min(1, Double($0) / 20) } ?? 0
        fluency = Float(max(level, clients))
    }

    /// The mask of `kinds` over `OrganizationKind.allCases`.
    package static func kindMask(_ kinds: some Sequence<OrganizationKind>) -> UInt32 {
        let all = OrganizationKind.allCases
        return kinds.reduce(0) { $0 | (1 << UInt32(all.firstIndex(of: $1)!)) }
    }

    /// Each kind's bit, by name.
    private static let kindBits = Dictionary(uniqueKeysWithValues: OrganizationKind.allCases.enumerated().map { ($1.rawValue, UInt32(1) << UInt32($0)) })

    /// The mask of a list of kind names (names it does not know are left out); nil when cut short.
    private static func kindMask(_ reader: inout MatchBytesReader) -> UInt32? {
        guard let count = reader.count() else { return nil }
        var mask: UInt32 = 0
        for _ in 0..<count {
            guard let name = reader.string() else { return nil }
            mask |= kindBits[name] ?? 0
        }
        return mask
    }

    /// The facts as the store keeps them. Kinds are written by name, so the bytes stay valid if
    /// kinds are added or reordered.
    package func encoded() -> [UInt8] {
        var writer = MatchBytesWriter()
        writer.byte(Self.format)
        writer.byte(acceptsReferrals ? 1 : 0)
        writer.float(lat)
        writer.float(lon)
        writer.float(fluency)
        let all = OrganizationKind.allCases
        writer.strings(all.indices.filter { kinds & (1 << UInt32($0)) != 0 }.map { all[$0].rawValue })
        writer.strings(languages)
        writer.strings(populations)
        writer.strings(sectors)
        writer.strings(locationAreas.map(\.rawValue))
        writer.strings(serviceAreas.map(\.rawValue))
        return writer.bytes
    }

    /// Facts from ``encoded()`` bytes; nil when they are not of this ``format`` or are cut short.
    package init?(decoding bytes: UnsafeRawBufferPointer) {
        var reader = MatchBytesReader(bytes)
        guard reader.byte() == Self.format, let accepts = reader.byte(), let lat = reader.float(), let lon = reader.float(), let fluency = reader.float(),
              let kinds = Self.kindMask(&reader), let languages = reader.strings(), let populations = reader.strings(), let sectors = reader.strings(),
              let locationAreas = reader.strings(), let serviceAreas = reader.strings(), reader.isAtEnd
        else { return nil }
        acceptsReferrals = accepts != 0
        self.kinds = kinds
        self.languages = languages
        self.populations = populations
        self.sectors = sectors
        self.locationAreas = locationAreas.map { AreaID($0) }
        self.serviceAreas = serviceAreas.map { AreaID($0) }
        self.lat = lat
        self.lon = lon
        self.fluency = fluency
    }

    /// Equal field by field, coordinates by bits (so two unknown ones are equal).
    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.acceptsReferrals == rhs.acceptsReferrals && lhs.kinds == rhs.kinds && lhs.languages == rhs.languages && lhs.populations == rhs.populations
            && lhs.sectors == rhs.sectors && lhs.locationAreas == rhs.locationAreas && lhs.serviceAreas == rhs.serviceAreas
            && lhs.lat.bitPattern == rhs.lat.bitPattern && lhs.lon.bitPattern == rhs.lon.bitPattern && lhs.fluency == rhs.fluency
    }
}
