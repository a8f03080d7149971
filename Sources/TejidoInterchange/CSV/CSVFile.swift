import TejidoModel

/// The files of Tejido's spreadsheet format, in the order their problems are reported, with their
/// columns in the order they are written. `docs/interchange-csv.md` describes every column.
enum CSVFile: String, CaseIterable, Hashable, Sendable, Comparable {
    case organizations
    case offerings
    case needs
    case relationships
    case areas
    case sources
    case alternateNames = "alternate_names"
    case locations
    case contacts

    /// The file's name in the folder.
    var fileName: String { rawValue + ".csv" }

    /// The entity its rows are, as `sources.csv` names it (`organization`), for the record files.
    var entity: String {
        switch self {
        case .organizations: "organization"
        case .offerings: "offering"
        case .needs: "need"
        case .relationships: "relationship"
        case .areas: "area"
        default: rawValue
        }
    }

    /// Whether its rows are records of their own (counted in `recordsRead`), rather than parts of
    /// a record in another file.
    var holdsRecords: Bool { [.areas, .organizations, .offerings, .needs, .relationships].contains(self) }

    /// Whether it holds personal data, written only when private fields are asked for.
    var isPrivate: Bool { self == .contacts }

    /// The languages every localized column family is written in, whatever the data holds.
    static let languages = LanguageCode.labelLanguages.map(\.rawValue)

    /// The columns of a location, shared by `organizations.csv` (the first location) and `locations.csv`.
    static let locationColumns = ["address", "locality", "region", "country", "lat", "lon", "area"]

    var columns: [CSVColumn] {
        switch self {
        case .organizations:
            [.column("id"), .column("slug", required: true), .column("name", required: true), .localized("description"), .column("kinds", required: true),
             .column("legal_form"), .column("stage"), .column("sectors"), .column("website"), .column("email"), .column("phone")]
                + Self.locationColumns.map { .column($0) }
                + [.column("service_areas"), .column("languages"), .column("populations_served"), .column("coop_fluency"), .column("coop_clients"),
                   .column("accepts_referrals")]
        case .offerings:
            [.column("id"), .column("organization", required: true), .column("service", required: true), .localized("description"), .column("languages"),
             .column("areas"), .column("capacity_per_month"), .column("cost"), .column("coop_fluent"), .column("modes")]
        case .needs:
            [.column("id"), .column("organization", required: true), .column("service", required: true), .localized("description"), .column("urgency"),
             .column("status"), .column("since")]
        case .relationships:
            [.column("id"), .column("from", required: true), .column("kind", required: true), .column("to", required: true), .column("since"),
             .column("until"), .column("weight"), .localized("note")]
        case .areas:
            [.column("id", required: true), .column("kind", required: true), .column("parent"), .localized("name"), .column("lat"), .column("lon")]
        case .sources:
            [.column("entity", required: true), .column("record", required: true), .column("document", required: true), .column("quote"),
             .column("language"), .column("date"), .column("source_id")]
        case .alternateNames:
            [.column("organization", required: true), .column("name", required: true), .column("language"), .column("kind")]
        case .locations:
            [.column("organization", required: true)] + Self.locationColumns.map { .column($0, required: $0 == "country") }
        case .contacts:
            [.column("organization", required: true), .column("name", required: true), .column("role"), .column("email"), .column("phone")]
        }
    }

    /// The header to write: localized families expanded to the four label languages, then any
    /// further tags `extraLanguages` gives for that family, in tag order.
    func header(extraLanguages: [String: Set<String>] = [:]) -> [String] {
        columns.flatMap { column -> [String] in
            guard column.localized else { return [column.name] }
            let extra = (extraLanguages[column.name] ?? []).subtracting(Self.languages).sorted()
            return (Self.languages + extra).map { column.name + "_" + $0 }
        }
    }

    static func < (lhs: CSVFile, rhs: CSVFile) -> Bool { allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)! }
}
