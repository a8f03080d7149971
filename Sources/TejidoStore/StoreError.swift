import TejidoModel

/// What can go wrong with a store, in words a person can act on.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The file exists but is not a SQLite database (or is damaged); it is left untouched.
    case notADatabase(path: String, reason: String)
    /// The file is a SQLite database of some other application; it is left untouched.
    case foreignDatabase(path: String)
    /// The database was written by a newer Tejido whose schema this one does not know.
    case newerSchema(path: String)
    /// A write broke rules or references; nothing was written.
    case invalid([DatasetValidator.Problem])
    /// The database refused an operation.
    case database(String)

    public var description: String {
        switch self {
        case .notADatabase(let path, let reason): "'\(path)' is not a Tejido database (\(reason)); refusing to touch it"
        case .foreignDatabase(let path): "'\(path)' is a SQLite database of another application, not Tejido's; refusing to touch it"
        case .newerSchema(let path): "'\(path)' was written by a newer version of Tejido; upgrade to open it"
        case .invalid(let problems):
            problems.count == 1 ? "invalid record: \(problems[0])" : "\(problems.count) invalid records; first: \(problems[0])"
        case .database(let message): "database error: \(message)"
        }
    }
}
