import ArgumentParser
import Foundation
import TejidoInterchange
import TejidoModel

extension Tejido {
    /// Writes a synthetic directory for tests and benchmarks.
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a realistic synthetic directory as JSON Lines (for tests and benchmarks).",
            discussion: """
                Deterministic: the same --orgs and --seed give the same bytes. Organizations cluster in \
                neighbourhoods of real cities, speak their cities' languages, offer services from the real \
                taxonomy with skewed popularity, have 0–3 open needs, power-law relationships (about 5 \
                per organization) and past referrals with outcomes. Load it with 'tejido import --format jsonl'.
                """
        )

        @Option(help: "How many organizations.")
        var orgs: Int

        @Option(help: "The random seed.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("The JSON Lines file to write.", valueName: "file"))
        var out: String

        @Option(name: .customLong("taxonomy"), help: ArgumentHelp("The taxonomy to draw services from (default: ./seed/taxonomy.json).", valueName: "file"))
        var taxonomyPath = "./seed/taxonomy.json"

        func validate() throws {
            guard orgs > 0 && orgs <= 20_000_000 else { throw ValidationError("--orgs must be between 1 and 20,000,000, not \(orgs)") }
        }

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: taxonomyPath) else { throw CLIError("cannot read the taxonomy at '\(taxonomyPath)'; pass --taxonomy") }
            struct TaxonomyFile: Decodable { let services: [Service] }
            let services = try TejidoJSON.decoder().decode(TaxonomyFile.self, from: data).services
            guard FileManager.default.createFile(atPath: out, contents: nil), let handle = FileHandle(forWritingAtPath: out) else {
                throw CLIError("cannot write '\(out)'")
            }
            defer { try? handle.close() }
            let started = Date()
            let encoder = JSONLinesEncoder()
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 22)
            var lines = 0, organizations = 0
            let meter = ProgressMeter(totalBytes: 0)
            try DirectoryGenerator(organizations: orgs, seed: seed, taxonomy: Taxonomy(services)).generate { record in
                buffer += try encoder.encode(record)
                lines += 1
                if case .organization = record { organizations += 1 }
                if buffer.count >= 1 << 22 {
                    handle.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                    meter.update(records: lines, bytes: 0)
                }
            }
            handle.write(Data(buffer))
            meter.finish()
            let seconds = Date().timeIntervalSince(started)
            print("Wrote \(out): \(ProgressMeter.grouped(organizations)) organizations, \(ProgressMeter.grouped(lines)) lines in \(String(format: "%.1f", seconds)) s.")
        }
    }
}
