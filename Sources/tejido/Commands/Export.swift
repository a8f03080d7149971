import ArgumentParser
import Foundation
import TejidoInterchange
import TejidoModel
import TejidoStore

extension Tejido {
    /// Exports the database.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the directory as JSON Lines, HSDS 3 or CSV.",
            discussion: "Contacts and other private fields are left out unless --include-private is given."
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The format: jsonl, hsds or csv.")
        var format: InterchangeFormat

        @Option(help: ArgumentHelp("The file (jsonl; default: standard output) or folder (hsds, csv) to write.", valueName: "path"))
        var out: String?

        @Flag(help: "Include contacts and other private fields.")
        var includePrivate = false

        func validate() throws {
            if format != .jsonl && out == nil { throw ValidationError("--format \(format.rawValue) writes a folder: pass --out DIR") }
        }

        func run() async throws {
            let store = try database.open()
            let started = Date()
            let organizations: Int
            let written: String
            switch format {
            case .jsonl:
                (written, organizations) = try await exportJSONLines(store)
            case .hsds, .csv:
                var dataset = try await store.dataset()
                if !includePrivate {
                    dataset.organizations = dataset.organizations.map(\.publicView)
                    dataset.activityReports = dataset.activityReports.map(\.publicView)
                    dataset.referrals = dataset.referrals.map(\.publicView)
                }
                written = try exportDocuments(dataset, to: URL(fileURLWithPath: out!))
                organizations = dataset.organizations.count
            }
            if out != nil {
                let seconds = Date().timeIntervalSince(started)
                let line = "Exported \(ProgressMeter.grouped(organizations)) organizations to \(written) in \(String(format: "%.1f", seconds)) s."
                if database.json {
                    try printJSON(["path": written, "organizations": "\(organizations)", "seconds": String(format: "%.3f", seconds)])
                } else {
                    print(line)
                }
            }
        }

        /// Streams the store's records to the file (or standard output) without holding them.
        private func exportJSONLines(_ store: SQLiteStore) async throws -> (written: String, organizations: Int) {
            let handle: FileHandle
            if let out {
                guard FileManager.default.createFile(atPath: out, contents: nil), let file = FileHandle(forWritingAtPath: out) else { throw CLIError("cannot write '\(out)'") }
                handle = file
            } else {
                handle = FileHandle.standardOutput
            }
            defer { if out != nil { try? handle.close() } }
            let writer = JSONLinesFileWriter(handle, includePrivate: includePrivate)
            try await store.forEachRecord { entities in try writer.write(entities) }
            try writer.finish()
            return (out ?? "standard output", writer.organizations)
        }
    }
}

/// Writes records as JSON Lines through a 4 MiB buffer. Used from the store's reading thread, one
/// call at a time.
private final class JSONLinesFileWriter: @unchecked Sendable {
    private let handle: FileHandle
    private let includePrivate: Bool
    private let encoder = JSONLinesEncoder()
    private var buffer: [UInt8] = []
    private(set) var organizations = 0

    init(_ handle: FileHandle, includePrivate: Bool) {
        self.handle = handle
        self.includePrivate = includePrivate
    }

    func write(_ entities: [Entity]) throws {
        guard let record = JSONLinesRecord(entities: includePrivate ? entities : entities.map(\.publicView)) else {
            throw CLIError("the store gave a record the JSON Lines format cannot hold")
        }
        if case .organization = record { organizations += 1 }
        buffer += try encoder.encode(record)
        if buffer.count >= 1 << 22 { try flush() }
    }

    func finish() throws { try flush() }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
