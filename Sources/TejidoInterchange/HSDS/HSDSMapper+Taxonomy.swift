import Foundation
import TejidoModel

extension HSDSMapper {
    /// Reads "Tejido services" and "Tejido areas" terms listed as records of their own (a Tejido
    /// export's `taxonomy_terms-*.json`) back into services and areas, and prepares the lookup
    /// from term ids to codes. Terms only shown inline in an attribute are not turned into
    /// services: they lack the other languages, and would overwrite the full records.
    mutating func mapTaxonomies() {
        for term in store.all(.taxonomyTerm) where term.standalone {
            switch tejidoTaxonomy(ofTerm: term) {
            case .services?:
                markTejido(term.origin)
                mappedKeys.insert(term.key)
                if let service = service(from: term) {
                    services.append(service)
                    recordOrigins["service:" + service.code.rawValue] = term.origin
                }
            case .areas?:
                markTejido(term.origin)
                mappedKeys.insert(term.key)
                if let area = area(from: term) {
                    areas.append(area)
                    recordOrigins["area:" + area.id.rawValue] = term.origin
                }
            case .fields?:
                markTejido(term.origin)
                mappedKeys.insert(term.key)
            case nil:
                break
            }
        }
        for taxonomy in store.all(.taxonomy) where Self.tejidoTaxonomy(id: taxonomy.key) != nil || taxonomy.string("name").flatMap(Self.tejidoTaxonomy(name:)) != nil {
            markTejido(taxonomy.origin)
        }
        // Terms are first met inline in services, in no useful order; the store writes a parent
        // before its children, and a parent's code is a prefix of its children's, so code order
        // puts parents first.
        services.sort { $0.code < $1.code }
        knownCodes = Set(taxonomy.services.map(\.code)).union(services.map(\.code))
        knownAreas = Set(areaTree.areas.map(\.id)).union(areas.map(\.id))
        for code in knownCodes { codesByTermID[HSDSIdentifiers.serviceTerm(code).uuidString.lowercased()] = code }
        if !services.isEmpty {
            let stated = Set(services.map(\.code))
            lookupTaxonomy = Taxonomy(taxonomy.services.filter { !stated.contains($0.code) } + services)
        }
    }

    private mutating func service(from term: HSDSRecord) -> Service? {
        guard let text = term.string("code") else {
            log.reject(term.origin, "code", "a Tejido services term needs its code")
            return nil
        }
        let code = ServiceCode(text)
        guard code.isValid else {
            log.reject(term.origin, "code", "'\(text)' is not a service code (dotted lowercase words, such as 'finance.bookkeeping')")
            return nil
        }
        let language = term.string("language") ?? "en"
        var labels: [String: String] = [:]
        if let name = term.string("name") { labels[language] = name }
        var synonyms: [String: [String]] = [:]
        var description: [String: String] = [:]
        if let text = term.string("description") { description[language] = text }
        for (field, value, origin) in values(of: term.key) {
            let parts = field.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                log.drop(origin, "field_name", "'\(field)' is not a field of a Tejido service; dropped")
                continue
            }
            switch parts[0] {
            case "labels": labels[parts[1]] = value
            case "description": description[parts[1]] = value
            case "synonyms":
                switch HSDSTejidoValue.decode([String].self, value) {
                case .success(let list): synonyms[parts[1]] = list
                case .failure(let issue): log.drop(origin, "replacement_value", "the synonyms could not be read (\(issue)); dropped")
                }
            default: log.drop(origin, "field_name", "'\(field)' is not a field of a Tejido service; dropped")
            }
        }
        var parent: ServiceCode?
        if let parentID = term.string("parent_id") {
            parent = store.record(.taxonomyTerm, parentID)?.string("code").map { ServiceCode($0) } ?? code.parent
        }
        return Service(code: code, parent: parent, labels: LocalizedText(labels), synonyms: synonyms, description: LocalizedText(description))
    }

    private mutating func area(from term: HSDSRecord) -> Area? {
        guard let text = term.string("code") else {
            log.reject(term.origin, "code", "a Tejido areas term needs its code (the area id)")
            return nil
        }
        var names: [String: String] = [:]
        if let name = term.string("name") { names[term.string("language") ?? "und"] = name }
        var kind: Area.Kind?
        var centroid: Area.Point?
        for (field, value, origin) in values(of: term.key) {
            if field == "kind" {
                kind = Area.Kind(rawValue: value)
                if kind == nil { log.reject(origin, "replacement_value", "'\(value)' is not an area kind (\(Area.Kind.allCases.map(\.rawValue).joined(separator: ", ")))") }
            } else if field == "centroid" {
                switch HSDSTejidoValue.decode(Area.Point.self, value) {
                case .success(let point): centroid = point
                case .failure(let issue): log.drop(origin, "replacement_value", "the centroid could not be read (\(issue)); dropped")
                }
            } else if field.hasPrefix("names.") {
                names[String(field.dropFirst(6))] = value
            } else {
                log.drop(origin, "field_name", "'\(field)' is not a field of a Tejido area; dropped")
            }
        }
        guard let kind else {
            if !values(of: term.key).contains(where: { $0.field == "kind" }) {
                log.reject(term.origin, "metadata", "a Tejido areas term needs its kind (a metadata row with field_name 'kind')")
            }
            return nil
        }
        let parent = term.string("parent_id").flatMap { store.record(.taxonomyTerm, $0)?.string("code") }.map { AreaID($0) }
        let found = sources(of: term.key)
        for (origin, reason) in found.problems { log.drop(origin, "replacement_value", reason) }
        return Area(id: AreaID(text), kind: kind, parent: parent, names: LocalizedText(names), centroid: centroid, sources: found.sources)
    }

    /// The Tejido code a service's taxonomy term maps to. A term maps when its id is a Tejido
    /// term's, its taxonomy is "Tejido services" with a known code, its code is a Tejido code, or
    /// `Taxonomy.lookup` finds its name with score 1. Otherwise it becomes a free term under
    /// `imported` and is counted as unmapped.
    mutating func code(forTerm term: HSDSRecord?, termID: String?) -> ServiceCode? {
        if let termID, let code = codesByTermID[termID.lowercased()] { return code }
        guard let term else { return nil }
        if let code = term.string("code").map({ ServiceCode($0) }), knownCodes.contains(code), !code.isWithin(ServiceCode(HSDSConventions.importedRoot)) {
            return code
        }
        guard let name = term.string("name") ?? term.string("code") else { return nil }
        return code(forName: name)
    }

    /// The code for a name: a label `Taxonomy.lookup` finds with score 1, or a free term.
    mutating func code(forName name: String) -> ServiceCode {
        if let match = lookupTaxonomy.lookup(name, limit: 1).first, match.score >= 0.999_999,
           !match.service.code.isWithin(ServiceCode(HSDSConventions.importedRoot)) {
            return match.service.code
        }
        return freeTerm(name)
    }

    /// `imported.<term>`, created (with the `imported` root) unless the taxonomy has it already.
    mutating func freeTerm(_ name: String) -> ServiceCode {
        let root = ServiceCode(HSDSConventions.importedRoot)
        let code = ServiceCode(HSDSConventions.importedRoot + "." + HSDSNaming.codeSegment(name))
        unmapped[name, default: 0] += 1
        if !knownCodes.contains(root) {
            services.append(Service(code: root, labels: LocalizedText(HSDSConventions.importedLabels), description: LocalizedText(HSDSConventions.importedDescription)))
            knownCodes.insert(root)
            recordOrigins["service:" + root.rawValue] = currentOrigin
        }
        if !knownCodes.contains(code) {
            services.append(Service(code: code, parent: root, labels: ["en": name]))
            knownCodes.insert(code)
            recordOrigins["service:" + code.rawValue] = currentOrigin
        }
        return code
    }
}
