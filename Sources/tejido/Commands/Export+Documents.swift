import Foundation
import TejidoInterchange
import TejidoModel

extension Tejido.Export {
    /// Writes an HSDS or CSV export.
    func exportDocuments(_ dataset: DirectoryDataset, to directory: URL) throws -> String {
        throw CLIError("--format \(format.rawValue) export is being built")
    }
}
