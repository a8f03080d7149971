import TejidoModel

/// Why a CSV export or import could not run at all. Problems with the content of a file are not
/// errors: the importer reports them as ``ImportProblem``s in its ``ImportOutcome``.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder to import from does not exist or is not a folder.
    case notADirectory(path: String)
    /// A file could not be written.
    case cannotWrite(file: String, reason: String)
    /// A record to export points to an organization the dataset does not hold, so its slug is unknown.
    case unknownOrganization(OrganizationID, referencedBy: String)

    public var description: String {
        switch self {
        case .notADirectory(let path): "\(path) is not a folder of CSV files"
        case .cannotWrite(let file, let reason): "cannot write \(file): \(reason)"
        case .unknownOrganization(let id, let record): "\(record) points to organization \(id), which is not in the dataset being exported"
        }
    }
}
