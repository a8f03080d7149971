import Foundation
import Testing
import TejidoInterchange
import TejidoModel

/// LibreOffice, when installed: its `soffice` on the PATH.
enum CSVLibreOffice {
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin"
        for folder in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    /// Runs `soffice --headless` with its own profile folder under `scratch`, so parallel runs and
    /// a person's own LibreOffice settings do not interfere; returns the exit status and output.
    static func run(_ arguments: [String], scratch: CSVScratch) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        let profile = scratch.url.appendingPathComponent("libreoffice-profile", isDirectory: true)
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

@Suite("CSV: opening the files in a spreadsheet")
struct CSVSpreadsheetTests {
    // Skipped, with this note, where LibreOffice is not installed (apt-get install libreoffice-calc-nogui).
    @Test(
        "LibreOffice opens every exported file (as UTF-8, comma separated) and saves it to xlsx; saved back to CSV, it imports to the same records",
        .enabled(if: CSVLibreOffice.executable != nil, "LibreOffice (soffice) is not installed, so the spreadsheet check is skipped; install libreoffice-calc-nogui to run it"),
        .timeLimit(.minutes(2))
    )
    func libreOffice() throws {
        var dataset = try CSVSeed.dataset()
        // Cells that test the quoting and the formula guard, in a record that stays valid.
        dataset.organizations[0].name = "=HYPERLINK(\"http://evil.example\"), said \"she\"\nand left"
        dataset.organizations[0].phone = "+30 210 000 0000"
        dataset.organizations[0].legalForm = "@risk, \"quoted\""
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        let csv = scratch.url.appendingPathComponent("csv"), xlsx = scratch.url.appendingPathComponent("xlsx"), back = scratch.url.appendingPathComponent("back")
        let files = try CSVExporter.export(dataset, to: csv, includePrivate: true)

        // The Text Import dialog's "Character set: Unicode (UTF-8)", "Separated by: Comma".
        let toXLSX = try CSVLibreOffice.run(
            ["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", xlsx.path] + files.map { csv.appendingPathComponent($0).path }, scratch: scratch
        )
        #expect(toXLSX.status == 0, "\(toXLSX.output)")
        let workbooks = files.map { xlsx.appendingPathComponent($0.replacingOccurrences(of: ".csv", with: ".xlsx")) }
        for workbook in workbooks {
            let bytes = try #require(FileManager.default.contents(atPath: workbook.path), "LibreOffice wrote no \(workbook.lastPathComponent): \(toXLSX.output)")
            #expect(bytes.starts(with: Array("PK".utf8)), "\(workbook.lastPathComponent) is not an xlsx (zip) file")
        }

        let toCSV = try CSVLibreOffice.run(
            ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", back.path] + workbooks.map(\.path), scratch: scratch
        )
        #expect(toCSV.status == 0, "\(toCSV.output)")
        let outcome = try CSVImporter.read(back, taxonomy: CSVSeed.taxonomy(), areas: AreaTree([]))
        #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
        let expected = dataset.normalized, actual = outcome.dataset.normalized
        #expect(actual.organizations == expected.organizations)
        #expect(actual.offerings == expected.offerings)
        #expect(actual.needs == expected.needs)
        #expect(actual.relationships == expected.relationships)
        #expect(actual.areas == expected.areas)
    }
}
