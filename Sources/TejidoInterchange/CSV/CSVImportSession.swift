import Foundation
import TejidoModel

/// One run of ``CSVImporter``: reads the files of a folder, builds a draft per record, attaches
/// the rows of the part files (sources, alternate names, locations, contacts), checks every cell,
/// every reference and every record's own rules, rejects what is wrong (and what points at what is
/// rejected), and gathers the rest into a dataset.
struct CSVImportSession {
    let directory: URL
    let taxonomy: Taxonomy
    let tree: AreaTree

    /// The data rows of each file read; a missing file has none.
    var rows: [CSVFile: [CSVRow]] = [:]
    /// Files that exist.
    var present: Set<CSVFile> = []
    /// Files that exist but could not be read (encoding, header): their rows are not imported.
    var unreadable: Set<CSVFile> = []
    /// Problems that belong to no record: a file's encoding or header, a part row naming no record.
    var loose: [ImportProblem] = []
    /// Part rows naming a record of a file that could not be read, per part file and target file:
    /// the first is reported, the others only counted, so one broken header does not bury its own
    /// problem under a problem per source row.
    var unreadableTargets: [(file: CSVFile, target: CSVFile, noun: String, first: ImportProblem, count: Int)] = []
    var recordsRead = 0

    var areas: [CSVDraft<Area>] = []
    var organizations: [CSVDraft<Organization>] = []
    var offerings: [CSVDraft<Offering>] = []
    var needs: [CSVDraft<Need>] = []
    var relationships: [CSVDraft<Relationship>] = []

    /// First draft index by slug, area id, organization id.
    var organizationBySlug: [String: Int] = [:]
    var organizationByID: [OrganizationID: Int] = [:]
    var areaByID: [String: Int] = [:]
    /// Draft indexes by natural key, and the first place each offering, need or relationship id is used.
    var offeringsByKey: [String: [Int]] = [:]
    var needsByKey: [String: [Int]] = [:]
    var relationshipsByKey: [String: [Int]] = [:]
    var recordIDs: [UUID: (file: CSVFile, line: Int, index: Int)] = [:]

    init(directory: URL, taxonomy: Taxonomy, tree: AreaTree) {
        self.directory = directory
        self.taxonomy = taxonomy
        self.tree = tree
    }

    /// The id a row without one gets: stable, so re-importing the same file changes nothing.
    static func derivedID(_ entity: String, _ key: String) -> UUID {
        NameBasedUUID.make("tejido:csv:\(entity):\(key)")
    }

    // MARK: - The run

    mutating func run() -> ImportOutcome {
        for file in CSVFile.allCases { load(file) }
        buildAreas()
        buildOrganizations()
        buildOfferings()
        buildNeeds()
        buildRelationships()
        attachSources()
        attachAlternateNames()
        attachLocations()
        attachContacts()
        loose += unreadableTargets.map { entry in
            var problem = entry.first
            if entry.count > 1 {
                problem.reason += "; \(entry.count - 1) more row(s) of \(entry.file.fileName) name \(entry.noun)s of \(entry.target.fileName) and are not imported either"
            }
            return problem
        }
        validateRecords()
        let dataset = settle()

        var problems = loose
        problems += areas.flatMap(\.problems) + organizations.flatMap(\.problems) + offerings.flatMap(\.problems)
        problems += needs.flatMap(\.problems) + relationships.flatMap(\.problems)
        let order = Dictionary(uniqueKeysWithValues: CSVFile.allCases.enumerated().map { ($1.fileName, $0) })
        let sorted = problems.enumerated().sorted { a, b in
            let left = (order[a.element.file] ?? 0, a.element.line ?? 0, a.offset), right = (order[b.element.file] ?? 0, b.element.line ?? 0, b.offset)
            return left < right
        }.map(\.element)
        return ImportOutcome(dataset: dataset, rejected: sorted, recordsRead: recordsRead)
    }

    // MARK: - Files

    mutating func load(_ file: CSVFile) {
        let url = directory.appendingPathComponent(file.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        present.insert(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fail(file, "cannot be read")
            return
        }
        guard let text = decode(data, file) else { return }
        let records = CSVReader.records(in: text, delimiter: CSVReader.delimiter(of: text)).filter { !$0.isBlank || $0.issue != nil }
        guard let first = records.first else { return }
        let header = CSVHeader(file: file, record: first)
        let data_ = records.dropFirst()
        if file.holdsRecords { recordsRead += data_.count }
        guard header.problems.isEmpty else {
            loose += header.problems
            unreadable.insert(file)
            return
        }
        rows[file] = data_.map { CSVRow(file: file, record: $0, header: header) }
    }

    private mutating func fail(_ file: CSVFile, line: Int? = nil, _ reason: String) {
        loose.append(ImportProblem(file: file.fileName, line: line, reason: reason))
        unreadable.insert(file)
    }

    /// The file's text: UTF-8, with or without a byte-order mark.
    private mutating func decode(_ data: Data, _ file: CSVFile) -> String? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            fail(file, "is UTF-16 text; save it as CSV in UTF-8 (Excel: 'CSV UTF-8 (Comma delimited)'; LibreOffice: character set 'Unicode (UTF-8)')")
            return nil
        }
        if bytes.starts(with: CSVWriter.byteOrderMark) { bytes.removeFirst(3) }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, afterCR = false
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                // CRLF, LF and a lone CR each end a line, as ``CSVReader`` counts them.
                let byte = encoded.count == 1 ? encoded.first : nil
                if byte == 0x0D || (byte == 0x0A && !afterCR) { line += 1 }
                afterCR = byte == 0x0D
            case .emptyInput: break parsing
            case .error:
                fail(file, line: line, "is not UTF-8 text; save it as CSV in UTF-8 (Excel: 'CSV UTF-8 (Comma delimited)'; LibreOffice: character set 'Unicode (UTF-8)')")
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - References

    /// Checks a cell naming an organization by slug; its id when the file has it.
    mutating func organization(_ slug: String, _ column: String, _ row: inout CSVRow, _ references: inout [CSVReference]) -> OrganizationID? {
        guard !slug.isEmpty else { return nil }
        if let index = organizationBySlug[slug] {
            references.append(CSVReference(target: .organization(slug), column: column))
            return organizations[index].value.id
        }
        row.fail(column, "no organization '\(slug)'" + missing(.organizations, among: Array(organizationBySlug.keys), for: slug))
        return nil
    }

    /// Whether `target` could not be read; if so, the part row naming one of its records is
    /// counted in ``unreadableTargets`` (only the first is reported) and its own problems kept.
    mutating func namesUnreadable(_ target: CSVFile, noun: String, key: String, column: String, _ row: CSVRow) -> Bool {
        guard unreadable.contains(target) else { return false }
        loose += row.problems
        if let index = unreadableTargets.firstIndex(where: { $0.file == row.file && $0.target == target }) {
            unreadableTargets[index].count += 1
        } else {
            let first = row.problem(column, "no \(noun) '\(key)': \(target.fileName) could not be read (see its problem)")
            unreadableTargets.append((row.file, target, noun, first, 1))
        }
        return true
    }

    /// Why a key is not found in `file`, with a suggestion when one is close.
    func missing(_ file: CSVFile, among keys: [String], for key: String) -> String {
        if unreadable.contains(file) { return ": \(file.fileName) could not be read (see its problem)" }
        if !present.contains(file) { return ": there is no \(file.fileName)" }
        return " in \(file.fileName)" + (CloseMatch.best(for: key, among: keys.sorted()).map { "; did you mean '\($0)'?" } ?? "")
    }

    /// Checks a cell naming an area: the area tree or `areas.csv` must have it. A name typed where
    /// an id belongs (`Isla de Maipo`) gets its id suggested.
    mutating func area(_ id: AreaID, _ column: String, _ row: inout CSVRow, _ references: inout [CSVReference]) {
        if id.isValid {
            if tree.area(id) != nil { return }
            if areaByID[id.rawValue] != nil {
                references.append(CSVReference(target: .area(id.rawValue), column: column))
                return
            }
        }
        var hint = ""
        if let named = tree.resolve(id.rawValue) {
            hint = "; did you mean '\(named.id)'?"
        } else if let close = CloseMatch.best(for: id.rawValue, among: tree.areas.map(\.id.rawValue) + areaByID.keys.sorted()) {
            hint = "; did you mean '\(close)'?"
        }
        if tree.areas.isEmpty { hint += "; no areas are known besides areas.csv (an empty database: load the areas first, as 'tejido seed' does)" }
        if id.isValid {
            row.fail(column, "no area '\(id)'\(hint)")
        } else {
            row.fail(column, "'\(id)' is not an area id (lowercase words joined by hyphens, such as 'us-il-chicago')\(hint)")
        }
    }

    /// Checks a cell holding a service code: well formed, and in the taxonomy.
    mutating func service(_ code: ServiceCode, _ row: inout CSVRow) {
        guard !code.rawValue.isEmpty, !taxonomy.contains(code) else { return }
        var hint = CloseMatch.best(for: code.rawValue, among: taxonomy.services.map(\.code.rawValue))
        if hint == nil {
            let words = code.rawValue.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "_", with: " ")
            hint = taxonomy.lookup(words, limit: 1).first?.service.code.rawValue
        }
        var suggestion = hint.map { "; did you mean '\($0)'?" } ?? ""
        if taxonomy.services.isEmpty { suggestion = ": the taxonomy is empty (an empty database: load the taxonomy first, as 'tejido seed' does)" }
        if code.isValid {
            row.fail("service", "'\(code)' is not in the taxonomy\(suggestion)")
        } else {
            row.fail("service", "'\(code)' is not a service code (dotted lowercase words, such as 'finance.bookkeeping')\(suggestion)")
        }
    }

    /// Checks that a required cell is filled.
    static func require(_ value: String?, _ column: String, _ row: inout CSVRow) {
        if value?.isBlank ?? true { row.fail(column, "is required but empty") }
    }

    /// Records an offering, need or relationship id, which share one id space; a second use is a problem.
    mutating func claim(_ id: UUID, file: CSVFile, index: Int, row: CSVRow, derived: Bool, what: String) -> ImportProblem? {
        if let first = recordIDs[id] {
            let place = first.file == file ? "line \(first.line)" : "\(first.file.fileName) line \(first.line)"
            let reason = derived
                ? "this row has the same \(what) as \(place), so both would get the id '\(id.uuidString.lowercased())'; fill in the id column to tell them apart"
                : "'\(id.uuidString.lowercased())' is also the id on \(place)"
            return row.problem("id", reason)
        }
        recordIDs[id] = (file, row.line, index)
        return nil
    }
}
