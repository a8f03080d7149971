import Foundation
import TejidoInterchange
import TejidoModel

extension Tejido.Import {
    /// Reads an HSDS or CSV import into records, mapped onto the directory's taxonomy and areas.
    func readDocuments(taxonomy: Taxonomy, areas: AreaTree) throws -> ImportOutcome {
        let url = URL(fileURLWithPath: path)
        switch format {
        case .hsds: return try HSDSImporter.read(url, taxonomy: taxonomy, areas: areas)
        case .csv: return try CSVImporter.read(url, taxonomy: taxonomy, areas: areas)
        case .jsonl: preconditionFailure("JSON Lines is streamed, not read whole")
        }
    }
}
