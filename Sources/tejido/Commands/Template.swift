import ArgumentParser
import Foundation
import TejidoInterchange

extension Tejido {
    /// Writes empty spreadsheet templates.
    struct Template: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write empty import templates, one per entity, each with an example row.",
            discussion: """
                The CSV templates open in LibreOffice and Excel (UTF-8 with a byte-order mark, CRLF line \
                ends, quotes where needed). Fill them in and load them with 'tejido import --format csv DIR'. \
                The columns are described in docs/interchange-csv.md. \
                The example rows name the seed's taxonomy codes and the area cl-rm-isla-de-maipo, so they \
                import into a database loaded with 'tejido seed'; into an empty database each such row is \
                rejected, saying the taxonomy or the areas are missing. Delete the example rows before \
                entering your own.
                """
        )

        enum Kind: String, ExpressibleByArgument, CaseIterable { case csv }

        @Argument(help: "The template format: csv.")
        var kind: Kind

        @Option(help: ArgumentHelp("The folder to write the templates into (created if missing).", valueName: "dir"))
        var out: String

        @Flag(help: "Print what was written as JSON.")
        var json = false

        func run() async throws {
            let directory = URL(fileURLWithPath: out)
            let files: [String]
            do {
                files = try CSVTemplates.write(to: directory)
            } catch {
                throw CLIError("cannot write templates to '\(out)': \(error)")
            }
            if json {
                struct Written: Encodable { let path: String, files: [String] }
                try printJSON(Written(path: directory.path, files: files))
            } else {
                print("Wrote \(files.count) templates to \(directory.path): \(files.joined(separator: ", "))")
            }
        }
    }
}
