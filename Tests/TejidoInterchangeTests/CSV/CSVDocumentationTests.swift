import Foundation
import Testing
import TejidoInterchange

@Suite("CSV: documentation")
struct CSVDocumentationTests {
    @Test("docs/interchange-csv.md has a section for every file and names every column")
    func everyColumnDocumented() throws {
        let documentation = try String(contentsOf: CSVSeed.documentation, encoding: .utf8)
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        for file in try CSVTemplates.write(to: scratch.url) {
            #expect(documentation.contains("\n## \(file)\n"), "no section for \(file)")
            let header = try #require(CSVReader.records(in: String(try scratch.text(file).dropFirst())).first)
            for column in header.fields {
                #expect(documentation.contains("`\(column)`"), "\(file): column \(column) is not documented")
            }
        }
    }
}
