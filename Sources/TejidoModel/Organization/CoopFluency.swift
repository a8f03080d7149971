/// How well an organization knows co-operatives: the gap conveners name most is providers that
/// are "co-op fluent".
public struct CoopFluency: Hashable, Sendable, Codable {
    /// The levels of fluency.
    public enum Level: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
        case none, some, expert
        /// The level as a number in [0, 1], for scoring.
        public var weight: Double {
            switch self {
            case .none: 0
            case .some: 0.5
            case .expert: 1
            }
        }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.weight < rhs.weight }
    }

    public var level: Level
    /// How many co-op clients it has served, when known.
    public var coopClients: Int?

    enum CodingKeys: String, CodingKey { case level, coopClients = "coop_clients" }

    public init(level: Level, coopClients: Int? = nil) {
        self.level = level
        self.coopClients = coopClients
    }
}
