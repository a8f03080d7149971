import Foundation
import TejidoInterchange
import TejidoModel

extension Tejido.Export {
    /// Writes an HSDS or CSV export into `directory` and returns the folder's path.
    func exportDocuments(_ dataset: DirectoryDataset, to directory: URL) throws -> String {
        switch format {
        case .hsds: _ = try HSDSExporter.export(dataset, to: directory, includePrivate: includePrivate)
        case .csv: _ = try CSVExporter.export(dataset, to: directory, includePrivate: includePrivate)
        case .jsonl: preconditionFailure("JSON Lines is written by exportJSONLines")
        }
        return directory.path
    }
}
