import ArgumentParser
import Foundation
import TejidoStore

/// The `tejido` command: the directory of the co-operative and social-and-solidarity economy,
/// from the terminal.
@main
struct Tejido: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tejido",
        abstract: "A directory of the co-operative economy: who offers what, who needs what, and who works with whom.",
        discussion: """
            Data lives in a SQLite file (--db, default ./tejido.sqlite, or TEJIDO_DB). Start with \
            'tejido seed' to load the real seed directory, then search it. Every command takes --json.
            Exit codes: 0 ok, 1 failure, 2 usage error.
            """,
        groupedSubcommands: [
            CommandGroup(name: "Directory", subcommands: [Search.self, Show.self, Stats.self, TaxonomyCommand.self]),
            CommandGroup(name: "Data", subcommands: [Seed.self, Import.self, Export.self, Generate.self, Template.self]),
            CommandGroup(name: "Matching", subcommands: [Match.self]),
        ]
    )

    /// Runs the command, printing one line for an error: exit 1 for a failure, 2 for a usage error.
    static func main() async {
        SQLiteStore.configureLibrary()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .validationFailure {
                // One line: the problem, the allowed values inline, and where to read more.
                message = "Error: " + Self.message(for: error)
                    .replacingOccurrences(of: ":\n  - ", with: ": ")
                    .replacingOccurrences(of: "\n  - ", with: ", ")
                    .replacingOccurrences(of: "\n", with: " ")
                    + " (see 'tejido help')"
            }
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
