import Foundation
import TejidoModel

/// Writes Tejido's three HSDS taxonomies and their terms:
///
/// - "Tejido services": one term per service code. `code` is the code, `name` the English label,
///   `parent_id` the parent code's term, `description` the English description, `language` `en`.
///   Labels, synonyms and descriptions in other languages go in the term's metadata
///   (`field_name` `labels.es`, `synonyms.el`, `description.ca`).
/// - "Tejido areas": one term per area. `code` is the area id, `name` the English name (or the
///   first language's), `parent_id` the parent area's term; the kind, the other names, the
///   centroid and the sources go in metadata.
/// - "Tejido fields": one term per Tejido field carried as an attribute.
struct HSDSTaxonomyEncoder {
    /// Every term, in file order: services by code, areas parents first, then fields.
    private(set) var terms: [[UInt8]] = []
    private var out = HSDSJSONWriter(capacity: 4096)
    private var scratch = HSDSJSONWriter(capacity: 1024)

    init(_ dataset: DirectoryDataset) {
        for service in dataset.services.sorted(by: { $0.code < $1.code }) { writeService(service) }
        for area in Self.parentsFirst(dataset.areas) { writeArea(area) }
        for field in HSDSTejidoField.allCases { writeField(field) }
    }

    /// The three taxonomy records.
    static func taxonomies(into out: inout HSDSJSONWriter) {
        for (id, name, description) in [
            (HSDSIdentifiers.servicesTaxonomy, HSDSConventions.servicesTaxonomyName, HSDSConventions.servicesTaxonomyDescription),
            (HSDSIdentifiers.areasTaxonomy, HSDSConventions.areasTaxonomyName, HSDSConventions.areasTaxonomyDescription),
            (HSDSIdentifiers.fieldsTaxonomy, HSDSConventions.fieldsTaxonomyName, HSDSConventions.fieldsTaxonomyDescription),
        ] {
            out.beginObject()
            out.field("id", id)
            out.field("name", name)
            out.field("description", description)
            out.endObject()
        }
    }

    private mutating func writeService(_ service: Service) {
        let id = HSDSIdentifiers.serviceTerm(service.code)
        out.reset()
        out.beginObject()
        out.field("id", id)
        out.field("code", service.code.rawValue)
        out.field("name", service.labels.values["en"] ?? service.label())
        out.field("description", service.description.values["en"] ?? "")
        if let parent = service.parent { out.field("parent_id", HSDSIdentifiers.serviceTerm(parent)) }
        out.field("taxonomy", HSDSConventions.servicesTaxonomyName)
        out.field("taxonomy_id", HSDSIdentifiers.servicesTaxonomy)
        out.field("language", "en")
        var rows: [(String, Value)] = []
        for language in service.labels.values.keys.sorted() where language != "en" { rows.append(("labels." + language, .text(service.labels.values[language]!))) }
        for language in service.synonyms.keys.sorted() { rows.append(("synonyms." + language, .list(service.synonyms[language]!))) }
        for language in service.description.values.keys.sorted() where language != "en" {
            rows.append(("description." + language, .text(service.description.values[language]!)))
        }
        writeMetadata(rows, sources: [], owner: id)
        out.endObject()
        terms.append(out.bytes)
    }

    private mutating func writeArea(_ area: Area) {
        let id = HSDSIdentifiers.areaTerm(area.id)
        let language = area.names.values["en"] != nil ? "en" : area.names.values.keys.sorted().first
        out.reset()
        out.beginObject()
        out.field("id", id)
        out.field("code", area.id.rawValue)
        out.field("name", language.flatMap { area.names.values[$0] } ?? area.id.rawValue)
        out.field("description", "")
        if let parent = area.parent { out.field("parent_id", HSDSIdentifiers.areaTerm(parent)) }
        out.field("taxonomy", HSDSConventions.areasTaxonomyName)
        out.field("taxonomy_id", HSDSIdentifiers.areasTaxonomy)
        out.field("language", language)
        var rows: [(String, Value)] = [("kind", .text(area.kind.rawValue))]
        for other in area.names.values.keys.sorted() where other != language { rows.append(("names." + other, .text(area.names.values[other]!))) }
        if let centroid = area.centroid { rows.append(("centroid", .point(centroid))) }
        writeMetadata(rows, sources: area.sources, owner: id)
        out.endObject()
        terms.append(out.bytes)
    }

    private mutating func writeField(_ field: HSDSTejidoField) {
        out.reset()
        out.beginObject()
        out.field("id", field.termID)
        out.field("code", field.rawValue)
        out.field("name", field.name)
        out.field("description", field.meaning)
        if let parent = field.parent { out.field("parent_id", parent.termID) }
        out.field("taxonomy", HSDSConventions.fieldsTaxonomyName)
        out.field("taxonomy_id", HSDSIdentifiers.fieldsTaxonomy)
        out.field("language", "en")
        out.endObject()
        terms.append(out.bytes)
    }

    /// A value a metadata row carries.
    private enum Value {
        case text(String)
        case list([String])
        case point(Area.Point)
    }

    private mutating func writeMetadata(_ rows: [(String, Value)], sources: [Source], owner: UUID) {
        guard !rows.isEmpty || !sources.isEmpty else { return }
        out.key("metadata")
        out.beginArray()
        var index = 0
        for (field, value) in rows {
            out.beginObject()
            out.field("id", HSDSIdentifiers.derived(owner, .metadata, index))
            out.field("resource_id", owner)
            out.field("resource_type", "taxonomy_term")
            out.field("last_action_date", "")
            out.field("last_action_type", HSDSConventions.valueAction)
            out.field("field_name", field)
            out.field("previous_value", "")
            out.key("replacement_value")
            switch value {
            case .text(let text): out.string(text)
            case .list(let list):
                scratch.reset()
                HSDSTejidoJSON.write(list, to: &scratch)
                out.string(json: scratch)
            case .point(let point):
                scratch.reset()
                scratch.beginObject()
                scratch.field("lat", point.lat)
                scratch.field("lon", point.lon)
                scratch.endObject()
                out.string(json: scratch)
            }
            out.field("updated_by", HSDSConventions.updatedBy)
            out.endObject()
            index += 1
        }
        for source in sources {
            scratch.reset()
            HSDSTejidoJSON.write(source, to: &scratch)
            out.beginObject()
            out.field("id", HSDSIdentifiers.derived(owner, .metadata, index))
            out.field("resource_id", owner)
            out.field("resource_type", "taxonomy_term")
            out.field("last_action_date", source.date?.rawValue ?? "")
            out.field("last_action_type", HSDSConventions.sourceAction)
            out.field("field_name", HSDSConventions.sourceField)
            out.field("previous_value", "")
            out.key("replacement_value")
            out.string(json: scratch)
            out.field("updated_by", source.document)
            out.endObject()
            index += 1
        }
        out.endArray()
    }

    /// Areas with every parent before its children (the order the store writes them in), keeping
    /// the dataset's order otherwise.
    private static func parentsFirst(_ areas: [Area]) -> [Area] {
        let ids = Set(areas.map(\.id))
        var placed = Set<AreaID>()
        var result: [Area] = []
        var pending = areas
        while !pending.isEmpty {
            var next: [Area] = []
            for area in pending {
                if let parent = area.parent, ids.contains(parent), !placed.contains(parent), parent != area.id {
                    next.append(area)
                } else {
                    result.append(area)
                    placed.insert(area.id)
                }
            }
            if next.count == pending.count {
                result += next  // a cycle: write the rest as they are
                break
            }
            pending = next
        }
        return result
    }
}
