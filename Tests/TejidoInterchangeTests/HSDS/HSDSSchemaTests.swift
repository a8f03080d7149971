import Foundation
import Testing
import TejidoInterchange
import TejidoModel

/// The HSDS export of the real seed validates against the HSDS 3.0 compiled schemas, checked by a
/// real JSON Schema validator (Python's `jsonschema`) run over every file written.
@Suite("HSDS export: schema validity")
struct HSDSSchemaTests {
    @Test("the validator is installed")
    func validatorIsInstalled() {
        #expect(HSDSFixtures.validatorAvailable, "python3 with jsonschema ≥ 4.18 is required: pip install 'jsonschema>=4.18' (the README's setup command and .ci/run install it)")
    }

    @Test("the public export of the seed validates against compiled/organization.json and the taxonomy schemas")
    func publicExportValidates() throws {
        try expectValid(includePrivate: false)
    }

    @Test("the export with private data (contacts, referrals) validates too")
    func privateExportValidates() throws {
        try expectValid(includePrivate: true)
    }

    @Test("the validator catches a broken export, so a clean result means something")
    func validatorCatchesProblems() throws {
        let folder = try HSDSFixtures.scratch("hsds-schema-broken")
        defer { HSDSFixtures.remove(folder) }
        try HSDSFixtures.write(#"{"total_items":1,"contents":[{"id":"not-a-uuid","description":"no name"}]}"#, "organizations-0001.json", in: folder)
        let problems = try HSDSFixtures.validate(folder)
        #expect(problems.contains { $0.contains("'name' is a required property") }, "\(problems)")
        #expect(problems.contains { $0.contains("is not a 'uuid'") }, "\(problems)")
    }

    private func expectValid(includePrivate: Bool) throws {
        let seed = try HSDSFixtures.seed()
        let folder = try HSDSFixtures.scratch("hsds-schema")
        defer { HSDSFixtures.remove(folder) }
        let summary = try HSDSExporter.export(seed, to: folder, includePrivate: includePrivate)
        #expect(summary.files.count == (try FileManager.default.contentsOfDirectory(atPath: folder.path).count))
        let problems = try HSDSFixtures.validate(folder)
        #expect(problems.isEmpty, "schema problems:\n\(problems.joined(separator: "\n"))")
    }
}
