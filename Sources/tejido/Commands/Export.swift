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
            var dataset = try await store.dataset()
            if !includePrivate {
                dataset.organizations = dataset.organizations.map(\.publicView)
                dataset.activityReports = dataset.activityReports.map(\.publicView)
                dataset.referrals = dataset.referrals.map { referral in
                    var copy = referral
                    copy.notes = nil
                    return copy
                }
            }
            let written: String
            switch format {
            case .jsonl:
                written = try exportJSONLines(dataset)
            case .hsds, .csv:
                written = try exportDocuments(dataset, to: URL(fileURLWithPath: out!))
            }
            if out != nil {
                let seconds = Date().timeIntervalSince(started)
                let line = "Exported \(ProgressMeter.grouped(dataset.organizations.count)) organizations to \(written) in \(String(format: "%.1f", seconds)) s."
                if database.json {
                    try printJSON(["path": written, "organizations": "\(dataset.organizations.count)", "seconds": String(format: "%.3f", seconds)])
                } else {
                    print(line)
                }
            }
        }

        private func exportJSONLines(_ dataset: DirectoryDataset) throws -> String {
            let handle: FileHandle
            if let out {
                guard FileManager.default.createFile(atPath: out, contents: nil), let file = FileHandle(forWritingAtPath: out) else { throw CLIError("cannot write '\(out)'") }
                handle = file
            } else {
                handle = FileHandle.standardOutput
            }
            defer { if out != nil { try? handle.close() } }
            let encoder = JSONLinesEncoder()
            var buffer: [UInt8] = []
            for record in JSONLinesRecord.records(of: dataset) {
                buffer += try encoder.encode(record)
                if buffer.count >= 1 << 22 {
                    handle.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            handle.write(Data(buffer))
            return out ?? "standard output"
        }
    }
}
