import Foundation

/// A write to the directory: a record created or replaced, or one removed.
public enum Mutation: Hashable, Sendable {
    case upsert(Entity)
    case delete(EntityKind, id: String)
}

/// One entry of the change log: every committed write appends one, in `seq` order. Replicas and
/// the in-memory directory follow the log to stay current.
public struct Change: Hashable, Sendable {
    /// What happened to the record.
    public enum Operation: String, Hashable, Sendable, Codable { case upsert, delete }

    public var seq: Int64
    public var at: Date
    public var operation: Operation
    public var kind: EntityKind
    public var id: String
    /// The record after an upsert; `nil` after a delete.
    public var entity: Entity?

    public init(seq: Int64, at: Date, operation: Operation, kind: EntityKind, id: String, entity: Entity?) {
        self.seq = seq
        self.at = at
        self.operation = operation
        self.kind = kind
        self.id = id
        self.entity = entity
    }
}

/// What a write did, per kind of record.
public struct WriteSummary: Hashable, Sendable {
    public var inserted: [EntityKind: Int] = [:]
    public var updated: [EntityKind: Int] = [:]
    public var unchanged: [EntityKind: Int] = [:]
    public var deleted: [EntityKind: Int] = [:]
    /// The log position after the write.
    public var lastSequence: Int64 = 0

    public init() {}

    /// Whether the write changed nothing.
    public var isNoOp: Bool { inserted.isEmpty && updated.isEmpty && deleted.isEmpty }

    /// How many records changed in all.
    public var changedCount: Int { [inserted, updated, deleted].flatMap(\.values).reduce(0, +) }
}
