import TejidoModel

/// What the matcher takes from an organization's own record: the whole input of its row in
/// ``MatchColumns`` apart from offerings, needs, relationships and referrals. The store keeps it
/// beside the record as ``encoded()`` bytes, so a snapshot is built without decoding the record.
package struct OrganizationMatchFacts: Equatable, Sendable {
    /// The layout version of ``encoded()``; bytes of another version do not decode.
    static let format: UInt8 = 2

    package var acceptsReferrals: Bool
    /// Its kinds as listed (kinds the reader does not know are left out).
    package let kindList: [OrganizationKind]
    /// Bit `i` set when it is of kind `OrganizationKind.allCases[i]`: ``kindList`` as a mask.
    package let kinds: UInt32
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
    /// Its co-op fluency as stated, for the reasons that quote it.
    package var coopFluency: CoopFluency?

    package init(_ organization: Organization) {
        acceptsReferrals = organization.acceptsReferrals
        kindList = organization.kinds
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
        coopFluency = organization.coopFluency
    }

    /// The mask of `kinds` over `OrganizationKind.allCases`.
    package static func kindMask(_ kinds: some Sequence<OrganizationKind>) -> UInt32 {
        let all = OrganizationKind.allCases
        return kinds.reduce(0) { $0 | (1 << UInt32(all.firstIndex(of: $1)!)) }
    }

    /// Each kind, by name.
    private static let kindsByName = Dictionary(uniqueKeysWithValues: OrganizationKind.allCases.map { ($0.rawValue, $0) })

    /// A list of kind names (names it does not know are left out); nil when cut short.
    private static func kindList(_ reader: inout MatchBytesReader) -> [OrganizationKind]? {
        guard let count = reader.count() else { return nil }
        var kinds: [OrganizationKind] = []
        for _ in 0..<count {
            guard let name = reader.string() else { return nil }
            if let kind = kindsByName[name] { kinds.append(kind) }
        }
        return kinds
    }

    /// The levels of co-op fluency, by their byte (0: none stated).
    private static let levels: [CoopFluency.Level] = [.none, .some, .expert]

    /// The facts as the store keeps them. Kinds and fluency levels are written by name or fixed
    /// number, so the bytes stay valid if kinds are added or reordered.
    package func encoded() -> [UInt8] {
        var writer = MatchBytesWriter()
        writer.byte(Self.format)
        writer.byte(acceptsReferrals ? 1 : 0)
        writer.float(lat)
        writer.float(lon)
        writer.float(fluency)
        // Fluency level + 1 (0 when none is stated) and co-op clients + 1 (0 when unknown).
        writer.byte(coopFluency.map { UInt8(Self.levels.firstIndex(of: $0.level)! + 1) } ?? 0)
        writer.count(coopFluency?.coopClients.map { max(0, $0) + 1 } ?? 0)
        writer.strings(kindList.map(\.rawValue))
        writer.strings(languages)
        writer.strings(populations)
        writer.strings(sectors)
        writer.strings(locationAreas.map(\.rawValue))
        writer.strings(serviceAreas.map(\.rawValue))
        return writer.bytes
    }

    /// Facts from ``encoded()`` bytes; nil when they are not of this ``format`` or are cut short.
    /// With `areas` false the area lists are read past and left empty: for a summary, which does
    /// not use them.
    package init?(decoding bytes: UnsafeRawBufferPointer, areas: Bool = true) {
        var reader = MatchBytesReader(bytes)
        guard reader.byte() == Self.format, let accepts = reader.byte(), let lat = reader.float(), let lon = reader.float(), let fluency = reader.float(),
              let level = reader.byte(), Int(level) <= Self.levels.count, let clients = reader.count(),
              let kinds = Self.kindList(&reader), let languages = reader.strings(), let populations = reader.strings(), let sectors = reader.strings(),
              let locationAreas = areas ? reader.strings() : reader.skippedStrings(), let serviceAreas = areas ? reader.strings() : reader.skippedStrings(),
              reader.isAtEnd
        else { return nil }
        acceptsReferrals = accepts != 0
        kindList = kinds
        self.kinds = Self.kindMask(kinds)
        coopFluency = level == 0 ? nil : CoopFluency(level: Self.levels[Int(level) - 1], coopClients: clients == 0 ? nil : clients - 1)
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
        lhs.acceptsReferrals == rhs.acceptsReferrals && lhs.kindList == rhs.kindList && lhs.coopFluency == rhs.coopFluency && lhs.languages == rhs.languages && lhs.populations == rhs.populations
            && lhs.sectors == rhs.sectors && lhs.locationAreas == rhs.locationAreas && lhs.serviceAreas == rhs.serviceAreas
            && lhs.lat.bitPattern == rhs.lat.bitPattern && lhs.lon.bitPattern == rhs.lon.bitPattern && lhs.fluency == rhs.fluency
    }
}
