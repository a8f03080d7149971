/// One column of a Tejido CSV file, as `docs/interchange-csv.md` documents it.
struct CSVColumn: Hashable, Sendable {
    /// The header name; for a localized column, the prefix before `_<language>`.
    var name: String
    /// Whether the header must have it.
    var required: Bool
    /// Whether it is a family of columns, one per language (`description_en`, `description_es`…).
    var localized: Bool

    static func column(_ name: String, required: Bool = false) -> CSVColumn { CSVColumn(name: name, required: required, localized: false) }
    static func localized(_ name: String) -> CSVColumn { CSVColumn(name: name, required: false, localized: true) }
}
