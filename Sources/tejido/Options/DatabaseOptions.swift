import ArgumentParser
import Foundation
import TejidoStore

/// The options every command shares: where the database is, and whether to print JSON.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The Tejido database file (default: $TEJIDO_DB, else ./tejido.sqlite).", valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    /// The database path in force.
    var path: String { db ?? ProcessInfo.processInfo.environment["TEJIDO_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "./tejido.sqlite" }

    /// Opens the database, creating it when `create` is set; a read with no database is an error
    /// rather than a silently created empty file.
    func open(create: Bool = false) throws -> SQLiteStore {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw CLIError("no database at '\(path)'; run 'tejido seed' to create it, or pass --db")
        }
        return try SQLiteStore(path: path)
    }
}
