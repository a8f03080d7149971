import Foundation
import GRDB
import TejidoModel

/// Keeps the full-text rows in step with organizations: the text is folded in Swift
/// (``TextFolding``) before it reaches FTS5, because SQLite's tokenizer does not fold Greek.
enum SearchRows {
    /// What an organization's row in `organization_search` holds: its names and descriptions,
    /// folded, and the tokens of the codes it offers (the `services` column stays empty).
    struct Fields: Sendable {
        var names: String
        var descriptions: String
        var serviceTokens: String

        init(organization: Organization, offerings: [Offering]) {
            let text = SearchText(organization: organization, offerings: offerings, services: "")
            names = text.names
            descriptions = text.descriptions
            serviceTokens = SearchRows.serviceTokens(offerings.map(\.service))
        }
    }

    /// Rewrites the search rows of these organizations from what is stored now. A row holds the
    /// folded names and descriptions and the offered codes; ranking reads the codes' words from
    /// the taxonomy, so a changed service needs no row rewritten.
    static func refresh(_ organizationIDs: [String], in db: Database) throws {
        let decoder = TejidoJSON.decoder()
        for id in organizationIDs {
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid, payload FROM organizations WHERE id = ?", arguments: [id]) else { continue }
            let rowid: Int64 = row["rowid"]
            let organization = try decoder.decode(Organization.self, from: Data((row["payload"] as String).utf8))
            let offerings = try String.fetchAll(db, sql: "SELECT payload FROM offerings WHERE organization_id = ?", arguments: [id])
                .map { try decoder.decode(Offering.self, from: Data($0.utf8)) }
            let search = Fields(organization: organization, offerings: offerings)
            try db.execute(sql: "DELETE FROM organization_search WHERE rowid = ?", arguments: [rowid])
            try db.execute(
                sql: "INSERT INTO organization_search (rowid, names, services, descriptions, service_codes) VALUES (?, ?, '', ?, ?)",
                arguments: [rowid, search.names, search.descriptions, search.serviceTokens])
        }
    }

    /// The `service_codes` text of an organization offering `codes`: one token per code, each
    /// distinct, in the order of the codes. The full-text index searches service words through
    /// these tokens (see ``matchExpression(_:taxonomy:)``) instead of indexing every label and
    /// synonym of every service again for every organization, and ranking reads the words of the
    /// same codes from the taxonomy (``servicesByToken(_:)``). The `services` column stays empty
    /// (databases written before kept the words there; nothing reads them any more).
    static func serviceTokens(_ codes: [ServiceCode]) -> String {
        // Most organizations offer one or two services: no set, and no sort for one.
        if codes.count == 1 { return serviceToken(codes[0]) }
        return codes.distinctInOrder.sorted().map(serviceToken).joined(separator: " ")
    }

    /// Each service's token (as ``serviceToken(_:)`` writes it) with its search words: joined in
    /// the order of a row's `service_codes`, they are the `services` field of its ``SearchText``,
    /// exactly as the in-memory directory builds it from the taxonomy.
    static func servicesByToken(_ taxonomy: Taxonomy) -> [Substring: String] {
        var words: [Substring: String] = [:]
        for service in taxonomy.services { words[Substring(serviceToken(service.code))] = taxonomy.searchWords(service.code) }
        return words
    }

    /// A code as one full-text token that no query word can reach by prefix: it starts with a
    /// private-use character, which ``TextFolding`` never puts in a word, and every character
    /// that is not a lowercase ASCII letter or digit is moved to the private-use plane, so
    /// `unicode61` keeps the whole code as one token.
    static func serviceToken(_ code: ServiceCode) -> String {
        // Written as UTF-8 bytes, scalar by scalar: no scalar view grows for each code.
        var bytes: [UInt8] = [0xEE, 0x80, 0x80]  // U+E000
        bytes.reserveCapacity(3 + 4 * code.rawValue.utf8.count)
        for scalar in code.rawValue.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": bytes.append(UInt8(scalar.value))
            default: UTF8.encode(Unicode.Scalar(0xF0000 + min(scalar.value, 0xFFFD))!) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }


    /// The `MATCH` expression for folded query words: every word must start a word of the names
    /// or descriptions, or a search word (label, synonym, code word) of a service offered. Service
    /// words are looked up in `taxonomy` here, so the rows hold only the codes.
    static func matchExpression(_ tokens: [String], taxonomy: Taxonomy) -> String {
        let words = taxonomy.services.map { service in (service.code, taxonomy.searchWords(service.code).split(separator: " ")) }
        return tokens.map { token in
            let codes = words.filter { $0.1.contains { $0.hasPrefix(token) } }.map { "\"\(serviceToken($0.0))\"" }
            if codes.isEmpty { return "\"\(token)\"*" }
            return "(\"\(token)\"* OR service_codes : (\(codes.joined(separator: " OR "))))"
        }.joined(separator: " AND ")
    }
}
