import Foundation

/// The names and markers Tejido's HSDS export writes and its importer recognises. They are
/// documented in `docs/interchange-hsds.md`; changing one breaks reading older exports.
enum HSDSConventions {
    static let servicesTaxonomyName = "Tejido services"
    static let areasTaxonomyName = "Tejido areas"
    static let fieldsTaxonomyName = "Tejido fields"

    static let servicesTaxonomyDescription = "Tejido's service taxonomy: what organizations of the co-operative and social-and-solidarity economy offer and need. Codes are dotted (finance.bookkeeping); names are English, other languages are in each term's metadata."
    static let areasTaxonomyDescription = "Tejido's areas: countries, regions, municipalities and community areas, by readable id (us-il-chicago). Names in other languages, the kind and the centroid are in each term's metadata."
    static let fieldsTaxonomyDescription = "Tejido fields with no HSDS home, carried as attributes: the term names the field, the attribute's value holds it (plain text, or JSON for lists and objects)."

    /// `link_type` of an attribute that carries a Tejido field.
    static let fieldLinkType = "tejido_field"

    /// `last_action_type` of a metadata row that carries a Tejido source (provenance): its
    /// `replacement_value` is the source as JSON, `updated_by` the document, `last_action_date` the date.
    static let sourceAction = "source"
    /// `field_name` of a source metadata row.
    static let sourceField = "sources"
    /// `last_action_type` of a metadata row that carries a value HSDS has no field for (a label in
    /// another language, a synonym list, an area's kind): `field_name` is the Tejido field path and
    /// `replacement_value` the value.
    static let valueAction = "tejido_value"
    /// `updated_by` of value metadata rows.
    static let updatedBy = "Tejido"

    /// A service area's `uri` names the Tejido area: `urn:tejido:area:us-il-chicago`.
    static let areaURIPrefix = "urn:tejido:area:"

    /// The root code of free terms an import could not map, and its labels.
    static let importedRoot = "imported"
    static let importedLabels: [String: String] = ["en": "Imported", "es": "Importados", "ca": "Importats", "el": "Εισαγόμενα"]
    static let importedDescription: [String: String] = [
        "en": "Services imported from another directory whose terms have no Tejido code yet.",
    ]

    /// How many records go in one page file.
    static let pageSize = 1_000
}
