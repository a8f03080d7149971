import TejidoModel

/// One source record of a bulk write, with the work that needs no database already done: each
/// entity's canonical payload, the rules each breaks on its own, and the search text of a new
/// organization apart from its service words. Building it is pure, so a reader can build the next
/// records on another thread while the store writes this one.
public struct PreparedRecord: Sendable {
    /// The record's line (or record number) in its source.
    public let line: Int
    /// The record as entities, in write order.
    public let entities: [Entity]
    /// Each entity's canonical payload; `nil` when one could not be encoded, so writing encodes
    /// again and reports that error.
    let payloads: [String]?
    /// The rules each entity breaks on its own, with nested entities' fields under their name
    /// (`offerings[0].service`).
    let ownIssues: [[ValidationIssue]]
    /// For an organization record: its full-text row (ranking reads service words from the
    /// taxonomy through the codes, so none are stored).
    let search: SearchRows.Fields?
    /// Each entity's match facts column (organizations and offerings), as stored.
    let matchFacts: [[UInt8]?]

    /// Prepares `entities`, the source record on `line`.
    public init(_ entities: [Entity], line: Int) {
        self.line = line
        self.entities = entities
        var payloads: [String]? = []
        payloads?.reserveCapacity(entities.count)
        var ownIssues: [[ValidationIssue]] = []
        ownIssues.reserveCapacity(entities.count)
        var matchFacts: [[UInt8]?] = []
        matchFacts.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() {
            matchFacts.append(RecordColumns.matchFacts(entity))
            if payloads != nil {
                do { payloads?.append(try entity.payload()) } catch { payloads = nil }
            }
            let own = entity.validationIssues()
            if position > 0, !own.isEmpty {
                let prefix = Self.nestedName(entity, position: position, in: entities)
                ownIssues.append(own.map { $0.under(prefix) })
            } else {
                ownIssues.append(own)
            }
        }
        self.payloads = payloads
        self.ownIssues = ownIssues
        self.matchFacts = matchFacts
        if case .organization(let organization)? = entities.first {
            search = SearchRows.Fields(organization: organization, offerings: Self.offerings(in: entities))
        } else {
            search = nil
        }
    }

    /// The offerings nested in a record.
    static func offerings(in entities: [Entity]) -> [Offering] {
        entities.compactMap { entity -> Offering? in if case .offering(let offering) = entity { return offering } else { return nil } }
    }

    /// The field name of a nested entity in its record: `offerings[1]`, `needs[0]`.
    static func nestedName(_ entity: Entity, position: Int, in entities: [Entity]) -> String {
        let sameKind = entities[..<position].filter { $0.kind == entity.kind }.count - (entities.first?.kind == entity.kind ? 1 : 0)
        switch entity.kind {
        case .offering: return "offerings[\(sameKind)]"
        case .need: return "needs[\(sameKind)]"
        default: return entity.kind.rawValue
        }
    }
}
