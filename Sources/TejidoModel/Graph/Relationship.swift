/// An edge of the ecosystem graph, read as "*from* KIND *to*": Democracy at Work Institute
/// collaborated with Kola Nut Collaborative.
public struct Relationship: Hashable, Sendable, Codable, Identifiable {
    /// The kinds of edge.
    public enum Kind: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
        case collaboratedWith = "collaborated_with"
        case metWith = "met_with"
        case memberOf = "member_of"
        case partnerOf = "partner_of"
        case partyToAgreement = "party_to_agreement"
        case hostedBy = "hosted_by"
        case fundedBy = "funded_by"
        case partOf = "part_of"
        case participatedIn = "participated_in"
        case coordinates
        case serves
        case referred

        /// Whether the edge means the same read either way.
        public var isSymmetric: Bool { [.collaboratedWith, .metWith, .partnerOf, .partyToAgreement].contains(self) }

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var id: RelationshipID
    public var kind: Kind
    public var from: OrganizationID
    public var to: OrganizationID
    public var since: PartialDate?
    public var until: PartialDate?
    /// Strength in (0, 1], when known.
    public var weight: Double?
    public var note: LocalizedText
    public var sources: [Source]

    public init(
        id: RelationshipID, kind: Kind, from: OrganizationID, to: OrganizationID, since: PartialDate? = nil, until: PartialDate? = nil,
        weight: Double? = nil, note: LocalizedText = [:], sources: [Source] = []
    ) {
        self.id = id
        self.kind = kind
        self.from = from
        self.to = to
        self.since = since
        self.until = until
        self.weight = weight
        self.note = note
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey { case id, kind, from, to, since, until, weight, note, sources}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(RelationshipID.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        from = try c.decode(OrganizationID.self, forKey: .from)
        to = try c.decode(OrganizationID.self, forKey: .to)
        since = try c.decodeIfPresent(PartialDate.self, forKey: .since)
        until = try c.decodeIfPresent(PartialDate.self, forKey: .until)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight)
        note = try c.decode(.note, default: [:])
        sources = try c.decode(.sources, default: [])
    }
}
