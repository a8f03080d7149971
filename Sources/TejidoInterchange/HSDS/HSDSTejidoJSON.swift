import Foundation
import TejidoModel

/// Writes Tejido values as the JSON an attribute or metadata row carries. The output is the
/// record's own Codable shape (snake_case keys, as in the seed files), so the importer reads it
/// back with `TejidoJSON.decoder()`. The common small values are written by hand for speed; the
/// rare large records (activity reports, referrals) go through `JSONEncoder`.
enum HSDSTejidoJSON {
    static func write(_ text: LocalizedText, to out: inout HSDSJSONWriter) {
        out.beginObject()
        for language in text.values.keys.sorted() {
            out.key(language)
            out.string(text.values[language]!)
        }
        out.endObject()
    }

    static func write(_ strings: [String], to out: inout HSDSJSONWriter) {
        out.beginArray()
        for string in strings { out.string(string) }
        out.endArray()
    }

    static func write(_ source: Source, to out: inout HSDSJSONWriter) {
        out.beginObject()
        out.field("date", source.date?.rawValue)
        out.field("document", source.document)
        out.field("language", source.language?.rawValue)
        out.field("quote", source.quote)
        out.field("source_id", source.sourceID)
        out.endObject()
    }

    static func write(_ sources: [Source], to out: inout HSDSJSONWriter) {
        out.beginArray()
        for source in sources { write(source, to: &out) }
        out.endArray()
    }

    static func write(_ names: [AlternateName], to out: inout HSDSJSONWriter) {
        out.beginArray()
        for name in names {
            out.beginObject()
            out.field("kind", name.kind.rawValue)
            out.field("language", name.language?.rawValue)
            out.field("name", name.name)
            out.endObject()
        }
        out.endArray()
    }

    static func write(_ fluency: CoopFluency, to out: inout HSDSJSONWriter) {
        out.beginObject()
        out.field("coop_clients", fluency.coopClients)
        out.field("level", fluency.level.rawValue)
        out.endObject()
    }

    static func write(_ need: Need, to out: inout HSDSJSONWriter) {
        out.beginObject()
        out.key("description")
        write(need.description, to: &out)
        out.field("id", need.id.uuid)
        out.field("organization", need.organization.uuid)
        out.field("service", need.service.rawValue)
        out.field("since", need.since?.rawValue)
        out.key("sources")
        write(need.sources, to: &out)
        out.field("status", need.status.rawValue)
        out.field("urgency", need.urgency.rawValue)
        out.endObject()
    }

    static func write(_ relationship: Relationship, to out: inout HSDSJSONWriter) {
        out.beginObject()
        out.field("from", relationship.from.uuid)
        out.field("id", relationship.id.uuid)
        out.field("kind", relationship.kind.rawValue)
        out.key("note")
        write(relationship.note, to: &out)
        out.field("since", relationship.since?.rawValue)
        out.key("sources")
        write(relationship.sources, to: &out)
        out.field("to", relationship.to.uuid)
        out.field("until", relationship.until?.rawValue)
        out.field("weight", relationship.weight)
        out.endObject()
    }

    /// Any Codable record, through `JSONEncoder` with Tejido's conventions.
    static func write(encodable value: some Encodable, encoder: JSONEncoder, to out: inout HSDSJSONWriter) throws {
        out.json(Array(try encoder.encode(value)))
    }
}
