/// Where a co-op is in its life.
public enum Stage: String, Hashable, Sendable, Codable, CaseIterable {
    case idea
    case preStartup = "pre_startup"
    case startup
    case existing
    case converting
}
