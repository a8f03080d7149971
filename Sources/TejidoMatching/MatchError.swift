/// A query the matcher cannot answer, with a message a person can act on.
public enum MatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No organization has this id or slug; `suggestion` is the closest slug.
    case unknownOrganization(String, suggestion: String?)
    /// The taxonomy has no such code; `suggestion` is the closest code.
    case unknownService(String, suggestion: String?)

    public var description: String {
        switch self {
        case .unknownOrganization(let input, let suggestion):
            "no organization '\(input)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownService(let input, let suggestion):
            "unknown service code '\(input)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; see 'tejido taxonomy'")
        }
    }
}
