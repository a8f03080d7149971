import Foundation
import TejidoModel

/// Reads HSDS files into an ``HSDSRecordStore``: single JSON documents, JSON lists, paginated
/// lists (`contents`), tabular JSON (`{"organizations.csv": [...]}` or `{"organization": [...]}`),
/// directories of such files and tabular CSV packages. Nested records are flattened, each child
/// getting the link its nesting implies. Every field is checked against the HSDS schema as it is
/// read: a record that cannot be read goes to `rejected`; an extra field, a value Tejido has no
/// place for, or a wrong type in a field Tejido does not read goes to `dropped`.
struct HSDSDocumentReader {
    private(set) var store = HSDSRecordStore()
    private(set) var log = HSDSReadLog()

    /// The record types Tejido reads anything from; records of the other types are dropped whole.
    static let keptTypes: Set<HSDSRecordType> = [
        .organization, .service, .location, .address, .phone, .contact, .language, .serviceArea, .serviceAtLocation, .attribute, .metadata,
        .taxonomyTerm, .taxonomy, .costOption,
    ]

    // MARK: Files and directories

    /// Reads a file or a directory. Throws only when `url` cannot be read at all.
    mutating func read(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ImportProblem(file: url.lastPathComponent, reason: "does not exist")
        }
        if isDirectory.boolValue {
            try readDirectory(url, prefix: "")
        } else if url.lastPathComponent == "datapackage.json" {
            try readDirectory(url.deletingLastPathComponent(), prefix: "")
        } else if url.pathExtension.lowercased() == "csv" {
            readCSV(url, name: url.lastPathComponent)
        } else {
            readJSONFile(url, name: url.lastPathComponent)
        }
    }

    private mutating func readDirectory(_ url: URL, prefix: String) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw ImportProblem(file: prefix.isEmpty ? url.lastPathComponent : prefix, reason: "cannot be read: \(error.localizedDescription)")
        }
        if names.contains("datapackage.json") { readDataPackage(url.appendingPathComponent("datapackage.json"), name: prefix + "datapackage.json") }
        for name in names {
            let child = url.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try readDirectory(child, prefix: prefix + name + "/")
            } else if name.lowercased().hasSuffix(".csv") {
                readCSV(child, name: prefix + name)
            } else if name.lowercased().hasSuffix(".json"), name != "datapackage.json" {
                readJSONFile(child, name: prefix + name)
            }
        }
    }

    /// The bytes of a file, checked to be UTF-8; `nil` (with the problem logged) otherwise.
    private mutating func text(_ url: URL, name: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.reject(HSDSOrigin(file: name), nil, "cannot be read")
            return nil
        }
        let bytes = [UInt8](data)
        if let offset = HSDSText.firstInvalidUTF8(in: bytes) {
            let (line, column) = HSDSText.lineAndColumn(of: offset, in: bytes)
            log.reject(HSDSOrigin(file: name, line: line), nil, "is not valid UTF-8: byte \(offset + 1) (line \(line), column \(column)) does not start a well-formed character")
            return nil
        }
        return bytes
    }

    /// A data package descriptor: only checked, since the tables are found by their HSDS file names.
    private mutating func readDataPackage(_ url: URL, name: String) {
        guard let bytes = text(url, name: name) else { return }
        do {
            guard case .object(let object) = try HSDSJSONParser.parse(bytes), object["resources"]?.arrayValue != nil else {
                log.drop(HSDSOrigin(file: name), nil, "is not a Data Package descriptor (no 'resources' list); the CSV files were read by their HSDS names")
                return
            }
        } catch {
            log.drop(HSDSOrigin(file: name), nil, "is not a Data Package descriptor (\(error.description)); the CSV files were read by their HSDS names")
        }
    }

    private mutating func readJSONFile(_ url: URL, name: String) {
        guard let bytes = text(url, name: name) else { return }
        do {
            let document = try HSDSJSONParser.parse(bytes)
            readDocument(document, origin: HSDSOrigin(file: name), fileName: url.lastPathComponent)
        } catch {
            log.reject(HSDSOrigin(file: name, line: error.line), nil, "is not valid JSON: \(error.description)")
        }
    }

    private mutating func readCSV(_ url: URL, name: String) {
        let origin = HSDSOrigin(file: name)
        guard let type = HSDSRecordType.named(url.lastPathComponent) else {
            log.drop(origin, nil, "is not an HSDS table (no HSDS record type is stored in '\(url.lastPathComponent)'); ignored")
            return
        }
        guard let bytes = text(url, name: name) else { return }
        let rows: [HSDSCSVParser.Row]
        do {
            rows = try HSDSCSVParser.parse(bytes)
        } catch {
            log.reject(HSDSOrigin(file: name, line: error.line), nil, "is not valid CSV: \(error.message)")
            return
        }
        guard let header = rows.first else { return }
        let columns = header.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        for row in rows.dropFirst() {
            let rowOrigin = HSDSOrigin(file: name, line: row.line)
            var object = HSDSJSONObject()
            for (index, cell) in row.cells.enumerated() {
                guard index < columns.count else {
                    if !cell.isEmpty { log.drop(rowOrigin, nil, "the row has more cells than the header names (\(row.cells.count) for \(columns.count)); the extra cells are ignored") }
                    break
                }
                // An empty cell is how a table says "no value".
                guard !cell.isEmpty else { continue }
                if type.spec(columns[index])?.kind == .number, let number = Double(cell.trimmingCharacters(in: .whitespaces)), number.isFinite {
                    object[columns[index]] = .number(number)
                } else {
                    object[columns[index]] = .string(cell)
                }
            }
            if Self.keptTypes.contains(type) {
                _ = ingest(object, as: type, origin: rowOrigin, links: [], standalone: true)
            } else {
                log.recordsRead += 1
                log.drop(rowOrigin, nil, "\(type.rawValue) records have no place in Tejido; dropped")
            }
        }
    }

    // MARK: Documents

    private mutating func readDocument(_ document: HSDSJSON, origin: HSDSOrigin, fileName: String) {
        switch document {
        case .array(let elements):
            let hint = Self.hint(fileName)
            for (index, element) in elements.enumerated() { readTopLevel(element, origin: origin.element(nil, index), hint: hint) }
        case .object(let object):
            if let contents = object["contents"] {
                guard case .array(let elements) = contents else {
                    log.reject(origin, "contents", "has the wrong type; expected a list of records, found \(contents.typeName)")
                    return
                }
                let hint = Self.hint(fileName)
                for (index, element) in elements.enumerated() { readTopLevel(element, origin: origin.element("contents", index), hint: hint) }
                for key in object.keys where !Self.pageFields.contains(key) {
                    log.drop(origin, key, "extra field '\(key)' is not part of an HSDS page; ignored")
                }
            } else if let tables = Self.tabular(object) {
                for (key, type, rows) in tables {
                    for (index, row) in rows.enumerated() {
                        let rowOrigin = origin.element(key, index)
                        guard case .object(let fields) = row else {
                            log.reject(rowOrigin, nil, "must be an object (a \(type.rawValue) row), found \(row.typeName)")
                            continue
                        }
                        if Self.keptTypes.contains(type) {
                            _ = ingest(fields, as: type, origin: rowOrigin, links: [], standalone: true)
                        } else {
                            log.recordsRead += 1
                            log.drop(rowOrigin, nil, "\(type.rawValue) records have no place in Tejido; dropped")
                        }
                    }
                }
            } else {
                readTopLevel(document, origin: origin, hint: Self.hint(fileName))
            }
        default:
            log.reject(origin, nil, "must hold an HSDS record, a list of records or a page with 'contents', found \(document.typeName)")
        }
    }

    /// The fields of the HSDS API's `Page`, besides `contents`.
    private static let pageFields: Set<String> = ["contents", "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"]

    /// The tables of a tabular JSON document, when every key names an HSDS table holding a list.
    private static func tabular(_ object: HSDSJSONObject) -> [(String, HSDSRecordType, [HSDSJSON])]? {
        guard !object.keys.isEmpty else { return nil }
        var tables: [(String, HSDSRecordType, [HSDSJSON])] = []
        for (key, value) in object.pairs {
            guard let type = HSDSRecordType.named(key), key.hasSuffix(".csv") || HSDSRecordType(rawValue: key) != nil, case .array(let rows) = value else { return nil }
            tables.append((key, type, rows))
        }
        return tables
    }

    /// The record type a file's name announces (`organizations-0001.json`, `taxonomy_list.json`,
    /// `service_full.json`), if any.
    static func hint(_ fileName: String) -> HSDSRecordType? {
        var stem = fileName.lowercased()
        if stem.hasSuffix(".json") { stem.removeLast(5) }
        if let dash = stem.lastIndex(of: "-"), stem[stem.index(after: dash)...].allSatisfy(\.isNumber) { stem = String(stem[..<dash]) }
        for suffix in ["_list", "_full"] where stem.hasSuffix(suffix) { stem.removeLast(suffix.count) }
        return HSDSRecordType.named(stem)
    }

    private mutating func readTopLevel(_ value: HSDSJSON, origin: HSDSOrigin, hint: HSDSRecordType?) {
        guard case .object(let object) = value else {
            log.reject(origin, nil, "must be an object (an HSDS record), found \(value.typeName)")
            return
        }
        if Self.isAPIRoot(object) {
            log.drop(origin, nil, "is an HSDS API root document (version \(object.string("version") ?? "unknown")); it holds no records")
            return
        }
        guard let type = Self.infer(object, hint: hint) else {
            log.reject(origin, nil, object.keys.isEmpty
                ? "is an empty object, not an HSDS record"
                : "is not an HSDS organization, service, location, service_at_location, taxonomy or taxonomy_term (keys: \(object.keys.prefix(6).joined(separator: ", ")))")
            return
        }
        if Self.keptTypes.contains(type) {
            _ = ingest(object, as: type, origin: origin, links: [], standalone: true)
        } else {
            log.recordsRead += 1
            log.drop(origin, nil, "\(type.rawValue) records have no place in Tejido; dropped")
        }
    }

    static func isAPIRoot(_ object: HSDSJSONObject) -> Bool {
        object["id"] == nil && object["name"] == nil && (object["openapi_url"] != nil || object["profile"] != nil)
    }

    /// What kind of HSDS record an object is: the type its file's name announces when that type
    /// defines every field the object has, else the type only it has fields of. A taxonomy and an
    /// organization share their required fields (`id`, `name`, `description`), so without a
    /// `version` or a telling file name such a record is read as an organization, unless its id is
    /// one of Tejido's taxonomies.
    static func infer(_ object: HSDSJSONObject, hint: HSDSRecordType? = nil) -> HSDSRecordType? {
        let keys = Set(object.keys)
        if let hint, !keys.isEmpty, keys.allSatisfy({ hint.spec($0) != nil }) { return hint }
        if let id = object.string("id"), HSDSMapper.tejidoTaxonomy(id: id) != nil { return .taxonomy }
        func has(_ names: Set<String>) -> Bool { !keys.isDisjoint(with: names) }
        if has(["location_type", "addresses", "latitude", "longitude", "transportation", "accessibility", "external_identifier", "external_identifier_type"]) {
            return .location
        }
        if object["service"]?.objectValue != nil || object["location"]?.objectValue != nil || (keys.isSuperset(of: ["service_id", "location_id"]) && !keys.contains("name")) {
            return .serviceAtLocation
        }
        if has([
            "status", "organization", "service_areas", "service_at_locations", "organization_id", "program_id", "cost_options", "eligibility_description",
            "fees_description", "application_process", "interpretation_services", "required_documents", "program", "last_modified", "minimum_age",
            "maximum_age", "wait_time", "fees", "accreditations", "licenses", "alert", "assured_date", "assurer_email", "schedules", "url",
        ]) {
            return .service
        }
        if has(["code", "taxonomy_id", "taxonomy_detail", "term_uri", "parent_id", "taxonomy", "language"]) { return .taxonomyTerm }
        if keys.contains("version"), keys.isSubset(of: ["id", "name", "description", "uri", "version", "metadata"]) { return .taxonomy }
        if has([
            "id", "name", "alternate_name", "description", "email", "website", "legal_status", "tax_status", "tax_id", "year_incorporated", "logo", "uri",
            "parent_organization_id", "services", "locations", "funding", "programs", "organization_identifiers", "contacts", "phones",
        ]) {
            return .organization
        }
        return nil
    }

    // MARK: Records

    /// Checks one record's fields against the schema, stores it with the links its nesting
    /// implies, then reads its nested records. Returns the record's key, or `nil` when rejected.
    @discardableResult
    mutating func ingest(_ object: HSDSJSONObject, as type: HSDSRecordType, origin: HSDSOrigin, links: [(String, String)], standalone: Bool) -> String? {
        log.recordsRead += 1
        var fields = HSDSJSONObject()
        var objects: [(String, HSDSRecordType, HSDSJSONObject)] = []
        var lists: [(String, HSDSRecordType, [HSDSJSON])] = []
        for (name, value) in object.pairs {
            guard let spec = type.spec(name) else {
                log.drop(origin, name, "extra field '\(name)' is not part of HSDS 3.0 \(type.rawValue); ignored")
                continue
            }
            if value.isNull { continue }
            guard spec.accepts(value) else {
                if spec.read {
                    log.reject(origin, name, "has the wrong type; expected \(spec.expected), found \(value.typeName)")
                    return nil
                }
                log.drop(origin, name, "has the wrong type (expected \(spec.expected), found \(value.typeName)); ignored, as Tejido does not read it")
                continue
            }
            let structural = name == "id" || name.hasSuffix("_id")
            switch (spec.kind, value) {
            case (.string, .string(let text)):
                if text.isEmpty {
                    if spec.read { log.emptyStrings.append((origin, origin.problem(name, "empty string treated as missing"))) }
                } else if spec.read || structural {
                    fields[name] = value
                } else {
                    log.drop(origin, name, "'\(Self.excerpt(text))' has no place in Tejido; dropped")
                }
            case (.number, .number(let number)):
                if spec.read || structural { fields[name] = value } else { log.drop(origin, name, "\(Self.format(number)) has no place in Tejido; dropped") }
            case (.object(let childType), .object(let child)):
                if spec.read && Self.keptTypes.contains(childType) {
                    objects.append((name, childType, child))
                } else if !child.keys.isEmpty {
                    log.drop(origin, name, "the nested \(childType.rawValue) has no place in Tejido; dropped")
                }
            case (.list(let childType), .array(let children)):
                if spec.read && Self.keptTypes.contains(childType) {
                    lists.append((name, childType, children))
                } else if !children.isEmpty {
                    log.drop(origin, name, "\(children.count) \(childType.rawValue) record\(children.count == 1 ? "" : "s") \(children.count == 1 ? "has" : "have") no place in Tejido; dropped")
                }
            default:
                break
            }
        }

        let key: String
        let hasID: Bool
        if let id = fields.string("id") {
            key = id
            hasID = true
        } else {
            key = "#" + origin.file + "#" + (origin.record ?? "") + (origin.line.map { "#\($0)" } ?? "")
            hasID = false
        }

        // Nested records this one points to (a service's organization): read first, then linked.
        for (name, childType, child) in objects {
            guard let childKey = ingest(child, as: childType, origin: origin.child(name), links: [], standalone: false) else { continue }
            let link = name == "taxonomy_detail" ? "taxonomy_id" : name + "_id"
            if type.spec(link) != nil, fields[link] == nil { fields[link] = .string(childKey) }
        }
        // Nesting is authoritative: a record shown inside another belongs to it.
        for (name, value) in links where type.spec(name) != nil {
            if let given = fields.string(name), given != value {
                log.drop(origin, name, "'\(Self.excerpt(given))' contradicts where the record is nested; it belongs to the \(name == "link_entity" || name == "resource_type" ? "" : "record ")'\(value)' it is nested in")
            }
            fields[name] = .string(value)
        }
        store.add(HSDSRecord(type: type, key: key, hasID: hasID, fields: fields, origin: origin, standalone: standalone))

        // Nested records that hang off this one (an organization's services).
        for (name, childType, children) in lists {
            let childLinks = Self.links(parent: type, field: name, key: key)
            for (index, element) in children.enumerated() {
                let childOrigin = origin.child(name, index)
                guard case .object(let child) = element else {
                    log.reject(childOrigin, nil, "must be an object (a \(childType.rawValue) record), found \(element.typeName)")
                    continue
                }
                ingest(child, as: childType, origin: childOrigin, links: childLinks, standalone: true)
            }
        }
        return key
    }

    /// The link fields a record nested in `field` of a `parent` record gets.
    private static func links(parent: HSDSRecordType, field: String, key: String) -> [(String, String)] {
        switch field {
        case "attributes": return [("link_id", key), ("link_entity", parent.rawValue)]
        case "metadata": return [("resource_id", key), ("resource_type", parent.rawValue)]
        default: break
        }
        switch parent {
        case .organization: return [("organization_id", key)]
        case .service: return [("service_id", key)]
        case .location: return [("location_id", key)]
        case .serviceAtLocation: return [("service_at_location_id", key)]
        case .contact: return [("contact_id", key)]
        case .phone: return [("phone_id", key)]
        default: return []
        }
    }

    /// The start of a long text, for messages.
    static func excerpt(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= 60 ? flat : String(flat.prefix(57)) + "…"
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
