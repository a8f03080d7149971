import Foundation
import GRDB
import TejidoDirectory
import TejidoModel

/// Fills the match-facts columns from the payloads of rows that lack them: every row when a
/// database written before the columns existed is upgraded.
enum MatchFactsBackfill {
    static func run(_ db: Database) throws {
        let decoder = TejidoJSON.decoder()
        try fill(db, table: "organizations") { payload in
            Data(OrganizationMatchFacts(try decoder.decode(Organization.self, from: Data(payload.utf8))).encoded()).databaseValue
        }
        try fill(db, table: "offerings") { payload in
            Data(OfferingMatchFacts(try decoder.decode(Offering.self, from: Data(payload.utf8))).encoded()).databaseValue
        }
        try fill(db, table: "referrals") { payload in
            Int64(ReferralFact(try decoder.decode(Referral.self, from: Data(payload.utf8))).bits).databaseValue
        }
    }

    private static func fill(_ db: Database, table: String, facts: (String) throws -> DatabaseValue) throws {
        let update = try db.makeStatement(sql: "UPDATE \(table) SET match_facts = ? WHERE rowid = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, payload FROM \(table) WHERE match_facts IS NULL")
        var pending: [(Int64, DatabaseValue)] = []
        while let row = try rows.next() { pending.append((row[0], try facts(row[1]))) }
        for (rowID, value) in pending { try update.execute(arguments: [value, rowID]) }
    }
}
