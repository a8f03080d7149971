import Foundation
import Testing
import TejidoInterchange
import TejidoModel

/// Shared material for the HSDS tests: the real seed, the HSDS 3.0 schemas and examples, scratch
/// folders, and schema validation through Python's `jsonschema`.
enum HSDSFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedDirectory = repository.appendingPathComponent("seed", isDirectory: true)
    /// The HSDS 3.0 specification material (`$TEJIDO_HSDS_SPEC`, else `../shared/hsds` beside the repository).
    static let specification: URL = {
        if let path = ProcessInfo.processInfo.environment["TEJIDO_HSDS_SPEC"] { return URL(fileURLWithPath: path, isDirectory: true) }
        return repository.deletingLastPathComponent().appendingPathComponent("shared/hsds", isDirectory: true)
    }()
    static let examples = specification.appendingPathComponent("examples", isDirectory: true)
    static let schemas = specification.appendingPathComponent("schema", isDirectory: true)

    /// The real seed, loaded once.
    static let loaded: Result<DirectoryDataset, SeedError> = Result { () throws(SeedError) in try SeedLoader(directory: seedDirectory).load() }
    static func seed() throws -> DirectoryDataset { try loaded.get() }

    static func taxonomy(_ dataset: DirectoryDataset) -> Taxonomy { Taxonomy(dataset.services) }
    static func areas(_ dataset: DirectoryDataset) -> AreaTree { AreaTree(dataset.areas) }

    /// A fresh scratch folder; remove it with ``remove(_:)``.
    static func scratch(_ name: String = "hsds") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` in `folder` and returns the file.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Imports `url` against the seed's taxonomy and areas.
    static func importing(_ url: URL) throws -> ImportOutcome {
        let seed = try seed()
        return try HSDSImporter.read(url, taxonomy: taxonomy(seed), areas: areas(seed))
    }

    /// Whether Python's `jsonschema` (with `referencing`, 4.18 or later) can be imported.
    static let validatorAvailable: Bool = {
        guard let result = try? python(["-c", "import jsonschema, referencing; from jsonschema import Draft202012Validator"]) else { return false }
        return result.status == 0
    }()

    /// Runs `python3` with `arguments`; returns its exit status, standard output and standard error.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: Data, errors: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outputData, errorData)
    }

    /// Validates the files of an HSDS export against the compiled HSDS 3.0 schemas with Python's
    /// `jsonschema` (Draft 2020-12, the dialect of the HSDS OpenAPI description, with format
    /// checks): organization pages item by item against `compiled/organization.json`, taxonomy
    /// pages against the `taxonomy` and `taxonomy_term` items of `compiled/tabular.json` (whose
    /// `$ref`s name the flat schemas beside it), every page's own fields against the API's `Page`.
    /// Returns the validator's messages (empty when everything validates).
    static func validate(_ directory: URL) throws -> [String] {
        let script = #"""
        import json, os, sys
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
        schemas, folder = sys.argv[1], sys.argv[2]
        def load(name):
            with open(os.path.join(schemas, name), encoding="utf-8") as f:
                return json.load(f)
        registry = Registry().with_resources(
            (name, Resource.from_contents(load(name), default_specification=DRAFT202012))
            for name in sorted(os.listdir(schemas)) if name.endswith(".json"))
        openapi = load("openapi.json")
        tabular = load("compiled/tabular.json")
        page = openapi["components"]["schemas"]["Page"]
        items = {
            "organizations-": load("compiled/organization.json"),
            "taxonomy_terms-": tabular["properties"]["taxonomy_term"]["items"],
            "taxonomies.json": tabular["properties"]["taxonomy"]["items"],
        }
        validators = {}
        problems = []
        files = sorted(os.listdir(folder))
        for name in files:
            prefix = next((p for p in items if name.startswith(p)), None)
            if prefix is None:
                problems.append(f"{name}: not a file an HSDS export should write")
                continue
            if prefix not in validators:
                schema = {"allOf": [page], "type": "object", "required": ["contents"],
                          "properties": {"contents": {"type": "array", "items": items[prefix]}}}
                validators[prefix] = Draft202012Validator(schema, registry=registry,
                                                          format_checker=Draft202012Validator.FORMAT_CHECKER)
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                document = json.load(f)
            for error in validators[prefix].iter_errors(document):
                path = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{name}: {path}: {error.message[:300]}")
                if len(problems) > 50:
                    break
        print(json.dumps({"files": len(files), "problems": problems}))
        """#
        let result = try python(["-c", script, schemas.path, directory.path])
        guard result.status == 0,
              let parsed = try? JSONSerialization.jsonObject(with: result.output) as? [String: Any],
              let problems = parsed["problems"] as? [String]
        else {
            return ["python3 jsonschema failed (status \(result.status)): " + String(decoding: result.errors, as: UTF8.self)]
        }
        return problems
    }

    /// Every record of `type` in an HSDS example, wherever it is nested, by id. `root` is the
    /// type of the document itself (or of a page's `contents`); tabular JSON names its tables.
    static func ids(of type: String, in value: Any, root: String?) -> Set<String> {
        var found = Set<String>()
        func walk(_ value: Any, as current: String?) {
            if let object = value as? [String: Any] {
                if current == type, let id = object["id"] as? String { found.insert(id) }
                for (key, child) in object {
                    walk(child, as: key == "contents" ? current : nestedType[key])
                }
            } else if let list = value as? [Any] {
                for element in list { walk(element, as: current) }
            }
        }
        walk(value, as: root)
        return found
    }

    private static let nestedType: [String: String] = [
        "services": "service", "service": "service", "organization": "organization", "locations": "location", "location": "location",
        "organizations.csv": "organization", "services.csv": "service", "locations.csv": "location",
        "taxonomy_term": "taxonomy_term", "taxonomy_terms.csv": "taxonomy_term",
    ]
}
