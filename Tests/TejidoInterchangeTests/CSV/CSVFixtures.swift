import Foundation
import Testing
import TejidoInterchange
import TejidoModel

/// The real seed and its taxonomy and areas, for the CSV tests.
enum CSVSeed {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("seed", isDirectory: true)
    static let documentation = repository.appendingPathComponent("docs/interchange-csv.md")

    /// The real seed, loaded once.
    static let loaded: Result<DirectoryDataset, SeedError> = Result { () throws(SeedError) in try SeedLoader(directory: directory).load() }

    static func dataset() throws -> DirectoryDataset { try loaded.get() }
    static func taxonomy() throws -> Taxonomy { Taxonomy(try dataset().services) }
    static func areas() throws -> AreaTree { AreaTree(try dataset().areas) }
}

/// A temporary folder for one test's CSV files, removed by `remove()`.
struct CSVScratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-csv-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Writes `file` as UTF-8 text, exactly as given (no byte-order mark, the line ends written).
    func write(_ file: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(file))
    }

    /// Writes `file` from lines joined by LF, with a final LF.
    func write(_ file: String, lines: [String]) throws {
        try write(file, lines.joined(separator: "\n") + "\n")
    }

    func text(_ file: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(file)), as: UTF8.self)
    }

    func bytes(_ file: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url.appendingPathComponent(file))) }

    func exists(_ file: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(file).path) }

    /// Imports the folder against the seed's taxonomy and areas.
    func read() throws -> ImportOutcome {
        try CSVImporter.read(url, taxonomy: CSVSeed.taxonomy(), areas: CSVSeed.areas())
    }

    /// A small valid directory: two organizations with their sources, one offering, one need.
    func writeSmallDirectory() throws {
        try write("organizations.csv", lines: [
            "slug,name,kinds,stage,country,area",
            "huertos,Huertos de La Islita,worker_coop,existing,CL,cl-rm-isla-de-maipo",
            "incubadora,Incubadora Municipal de Cooperativas,incubator; programme,,CL,cl-rm-isla-de-maipo",
        ])
        try write("sources.csv", lines: [
            "entity,record,document,quote,language",
            "organization,huertos,ficha.pdf,Huertos de La Islita,es",
            "organization,incubadora,convenio.pdf,,",
        ])
        try write("offerings.csv", lines: [
            "organization,service,description_es",
            "incubadora,incubation.inclusive,Acompañamiento a cooperativas inclusivas",
        ])
        try write("needs.csv", lines: [
            "organization,service,urgency",
            "huertos,finance.bookkeeping,high",
        ])
    }
}

extension ImportOutcome {
    /// The problems as one line each, for failure messages.
    var csvReport: String { rejected.map(\.description).joined(separator: "\n") }
}
