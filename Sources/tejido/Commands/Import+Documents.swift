import Foundation
import TejidoInterchange
import TejidoModel

extension Tejido.Import {
    /// Reads an HSDS or CSV import into records.
    func readDocuments(taxonomy: Taxonomy, areas: AreaTree) throws -> ImportOutcome {
        throw CLIError("--format \(format.rawValue) import is being built")
    }
}
