import Foundation
import GRDB
import TejidoModel

extension SQLiteStore {
    /// Searches with the full-text index for words (every word as a prefix, folded like the
    /// index) and SQL for the filters; ranks with ``SearchText/score(_:)`` (names above service
    /// labels above descriptions, as the in-memory directory does; the service labels from the
    /// taxonomy through each row's codes), then by name.
    public func search(_ query: SearchQuery) async throws -> SearchResults {
        var areas = Set<AreaID>()
        if let area = query.area { areas = try await areaTree().related(to: area) }
        let taxonomy = query.tokens.isEmpty ? Taxonomy([]) : try await taxonomy()
        return try await reading { [areas] db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            var rankArguments: [any DatabaseValueConvertible] = []
            let tokens = query.tokens
            let from: String
            let rank: String
            if tokens.isEmpty {
                from = "organizations o"
                rank = "0.0"
            } else {
                from = "organization_search s JOIN organizations o ON o.rowid = s.rowid"
                db.add(function: SQLiteStore.searchScore(servicesByToken: SearchRows.servicesByToken(taxonomy)))
                rank = "tejido_search_score(s.names, s.service_codes, s.descriptions, ?)"
                rankArguments.append(tokens.joined(separator: " "))
                conditions.append("organization_search MATCH ?")
                arguments.append(SearchRows.matchExpression(tokens, taxonomy: taxonomy))
            }
            if let service = query.service {
                conditions.append("EXISTS (SELECT 1 FROM offerings f WHERE f.organization_id = o.id AND (f.service_code = ? OR f.service_code LIKE ? ESCAPE '\\'))")
                arguments += [service.rawValue, service.rawValue.replacingOccurrences(of: "_", with: "\\_") + ".%"]
            }
            if !query.kinds.isEmpty {
                conditions.append("EXISTS (SELECT 1 FROM organization_kinds k WHERE k.organization_id = o.id AND k.kind IN (\(query.kinds.map { _ in "?" }.joined(separator: ","))))")
                arguments += query.kinds.map(\.rawValue)
            }
            if query.area != nil {
                conditions.append("EXISTS (SELECT 1 FROM organization_areas a WHERE a.organization_id = o.id AND a.area_id IN (\(areas.map { _ in "?" }.joined(separator: ","))))")
                arguments += areas.sorted().map(\.rawValue)
            }
            if let language = query.language {
                conditions.append("EXISTS (SELECT 1 FROM organization_languages l WHERE l.organization_id = o.id AND l.language = ?)")
                arguments.append(language.primary)
            }
            if let country = query.country {
                conditions.append("o.country = ?")
                arguments.append(country.uppercased())
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(from) \(whereClause)", arguments: StatementArguments(arguments)) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT o.id, o.slug, o.name, o.country, o.locality, \(rank) AS score FROM \(from) \(whereClause) ORDER BY score DESC, o.name, o.id LIMIT ? OFFSET ?",
                arguments: StatementArguments(rankArguments + arguments + [query.limit, query.offset]))
            let hits = try rows.map { row -> SearchHit in
                let id: String = row["id"]
                let kinds = try String.fetchAll(db, sql: "SELECT kind FROM organization_kinds WHERE organization_id = ? ORDER BY kind", arguments: [id]).compactMap { OrganizationKind(rawValue: $0) }
                let services = try String.fetchAll(db, sql: "SELECT DISTINCT service_code FROM offerings WHERE organization_id = ? ORDER BY service_code", arguments: [id]).map { ServiceCode($0) }
                let score: Double = row["score"]
                return SearchHit(
                    id: OrganizationID(id)!, slug: Slug(row["slug"] as String), name: row["name"], kinds: kinds, country: row["country"],
                    locality: row["locality"], services: services, score: (score * 1000).rounded() / 1000)
            }
            return SearchResults(total: total, items: hits)
        }
    }
}
