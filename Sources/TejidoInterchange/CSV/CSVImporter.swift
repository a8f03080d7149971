import Foundation
import TejidoModel

/// Reads a folder of Tejido spreadsheet files (see `docs/interchange-csv.md` and ``CSVExporter``)
/// into records ready to write, and reports every problem with the file, line, column and reason.
public enum CSVImporter {
    /// Reads every Tejido CSV file in `directory`.
    ///
    /// - Files may start with a byte-order mark or not, end lines with CRLF or LF, and be separated
    ///   by commas or (as Excel writes in Spain, Greece or Chile) semicolons. Any file may be missing;
    ///   its records are then simply absent.
    /// - A header missing a required column, naming an unknown column, or naming one twice is a
    ///   problem at line 1, and nothing of that file is imported.
    /// - Every other problem names the physical line the cell starts on (multi-line quoted cells
    ///   count every line), the column, and the reason: enumerations list the allowed values, and
    ///   unknown service codes, organization slugs and areas suggest a close match.
    /// - A record with any problem, in its own row or in a row of `sources.csv`,
    ///   `alternate_names.csv`, `locations.csv` or `contacts.csv` that belongs to it, is rejected,
    ///   and so is every record that refers to it. Rejected records are not in the dataset.
    /// - A row without an id gets `NameBasedUUID.make("tejido:csv:<entity>:<natural key>")`, so
    ///   importing the same file again gives the same records.
    ///
    /// - Parameters:
    ///   - taxonomy: the service codes offerings and needs may use.
    ///   - areas: the areas already known; `areas.csv` may add to them.
    /// - Throws: ``CSVError/notADirectory(path:)`` when `directory` is not a folder.
    public static func read(_ directory: URL, taxonomy: Taxonomy, areas: AreaTree) throws -> ImportOutcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CSVError.notADirectory(path: directory.path)
        }
        var session = CSVImportSession(directory: directory, taxonomy: taxonomy, tree: areas)
        return session.run()
    }
}
