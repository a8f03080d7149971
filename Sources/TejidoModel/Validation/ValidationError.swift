/// One broken rule, naming the field (`offerings[2].service`) and what is wrong with it.
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path of the bad field, from the record's root.
    public var field: String
    /// What is wrong, in words a person can act on.
    public var message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    /// The issue with its field path under `prefix` (`locations[0]` + `country`).
    public func under(_ prefix: String) -> ValidationIssue {
        ValidationIssue(field.isEmpty ? prefix : prefix + "." + field, message)
    }

    public var description: String { "\(field): \(message)" }
}

/// A record that breaks one or more rules; every issue names its field.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var issues: [ValidationIssue]

    public init(_ issues: [ValidationIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "; ") }
}
