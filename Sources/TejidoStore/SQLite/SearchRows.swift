import Foundation
import GRDB
import TejidoModel

/// Keeps the full-text rows in step with organizations: the text is folded in Swift
/// (``TextFolding``) before it reaches FTS5, because SQLite's tokenizer does not fold Greek.
enum SearchRows {
    /// Rewrites the search rows of these organizations from what is stored now.
    static func refresh(_ organizationIDs: [String], in db: Database) throws {
        let taxonomy = Taxonomy(try String.fetchAll(db, sql: "SELECT payload FROM services").map { try TejidoJSON.decoder().decode(Service.self, from: Data($0.utf8)) })
        try refresh(organizationIDs, taxonomy: taxonomy, in: db)
    }

    /// Rewrites the search rows with a taxonomy already at hand.
    static func refresh(_ organizationIDs: [String], taxonomy: Taxonomy, in db: Database) throws {
        let decoder = TejidoJSON.decoder()
        for id in organizationIDs {
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid, payload FROM organizations WHERE id = ?", arguments: [id]) else { continue }
            let rowid: Int64 = row["rowid"]
            let organization = try decoder.decode(Organization.self, from: Data((row["payload"] as String).utf8))
            let offerings = try String.fetchAll(db, sql: "SELECT payload FROM offerings WHERE organization_id = ?", arguments: [id])
                .map { try decoder.decode(Offering.self, from: Data($0.utf8)) }
            let text = SearchText(organization: organization, offerings: offerings, taxonomy: taxonomy)
            try db.execute(sql: "DELETE FROM organization_search WHERE rowid = ?", arguments: [rowid])
            try db.execute(
                sql: "INSERT INTO organization_search (rowid, names, services, descriptions) VALUES (?, ?, ?, ?)",
                arguments: [rowid, text.names, text.services, text.descriptions])
        }
    }
}
