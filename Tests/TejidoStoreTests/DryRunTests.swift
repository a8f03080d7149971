import Foundation
import Testing
import TejidoInterchange
import TejidoModel
import TejidoStore

/// A dry run takes the path of the write it previews: it drops the indexes that write would
/// drop, and its rollback (or the deletion of its new file) brings them back.
@Suite("Dry runs report what the write would, and leave everything as it was")
struct DryRunTests {
    /// Breaks a generated file in four ways: an organization's slug taken by another, an
    /// organization repeated at the end, a relationship to an organization that does not exist,
    /// and an offering of a service not in the taxonomy.
    static func breakInFourWays(_ lines: inout [String]) {
        let organizations = lines.indices.filter { lines[$0].contains(#""type":"organization""#) }
        let slug = #/"slug":"[^"]+"/#
        let taken = String(lines[organizations[0]].firstMatch(of: slug)!.output)
        lines[organizations[1]] = lines[organizations[1]].replacing(slug, with: taken)
        let offering = organizations.first { lines[$0].contains(#""offerings":[{"#) }!
        lines[offering] = lines[offering].replacing(#""service":""#, with: #""service":"zz"#, maxReplacements: 1)
        let relationship = BulkImportTests.firstLine(lines, type: "relationship")
        lines[relationship] = lines[relationship].replacing(#/"to":"[^"]+"/#, with: #""to":"00000000-0000-4000-8000-000000000000""#)
        lines.append(lines[organizations[2]])
    }

    /// The problems as comparable text: line, field and message.
    static func described(_ outcome: BulkWriteOutcome) -> [String] {
        outcome.problems.map { "\($0.line) \($0.issue.field): \($0.issue.message)" }
    }

    /// Whether each of the four breaks was reported (others follow from them: records that name
    /// a rejected organization, the repeated organization's offerings and needs).
    static func coversFourWays(_ outcome: BulkWriteOutcome) -> Bool {
        let text = described(outcome)
        return ["is already used", "appears twice", "no organization with id '00000000-0000-4000-8000-000000000000'", "'zz"].allSatisfy { part in
            text.contains { $0.contains(part) }
        }
    }

    @Test("into a new database file: the same problems as the load, and no file left")
    func newDatabase() async throws {
        let file = try BulkImportTests.generatedFile(organizations: 150, seed: 6, transform: Self.breakInFourWays)
        let (dryFolder, _, dry) = try await NewDatabaseLoadTests.load(file, mode: .dryRun)
        defer { try? FileManager.default.removeItem(at: dryFolder) }
        let (folder, _, load) = try await NewDatabaseLoadTests.load(file, mode: .allOrNothing)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!dry.committed && !load.committed)
        #expect(Self.coversFourWays(dry), "\(Self.described(dry))")
        #expect(Self.described(dry) == Self.described(load))
        #expect(try NewDatabaseLoadTests.files(in: dryFolder).isEmpty)
    }

    @Test("into an empty database file: its indexes, with their root pages, and its rows are as before")
    func emptyStore() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tejido.sqlite").path
        let store = try SQLiteStore(path: path)
        let before = try await DeferredIndexTests.state(path)
        let file = try BulkImportTests.generatedFile(organizations: 150, seed: 7, transform: Self.breakInFourWays)
        let dry = try await BulkImportTests.importFile(file, into: store, mode: .dryRun)
        let after = try await DeferredIndexTests.state(path)
        #expect(after.indexes == before.indexes && after.roots == before.roots && after.rows == before.rows)
        #expect(after.integrity == "ok")
        let load = try await BulkImportTests.importFile(file, into: SQLiteStore.inMemory(), mode: .allOrNothing)
        #expect(Self.coversFourWays(dry), "\(Self.described(dry))")
        #expect(Self.described(dry) == Self.described(load))
    }

    @Test("into a store holding records, past the point where the write stops keeping its indexes: all as before")
    func pastTheDeferral() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await DeferredIndexTests.run(seed: 23, in: folder, mode: .dryRun)
        #expect(!run.outcome.committed && run.outcome.problems.isEmpty)
        #expect(run.outcome.summary.inserted[.organization] == DeferredIndexTests.organizations)
        #expect(run.after.indexes == run.before.indexes && run.after.roots == run.before.roots && run.after.rows == run.before.rows)
        #expect(run.after.integrity == "ok" && run.after.foreignKeyProblems == 0)
    }
}
