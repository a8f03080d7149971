import Foundation
import TejidoModel

/// The header record of one file, checked against the file's columns: where each column is, and
/// every problem with it. Names are matched without regard to case or surrounding spaces, in any
/// order. A localized family matches `<name>_<language tag>` for any well-formed tag.
struct CSVHeader: Sendable {
    let file: CSVFile
    /// The line the header is on.
    let line: Int
    /// Plain column name → cell index.
    private(set) var plain: [String: Int] = [:]
    /// Localized family → its languages and cell indexes, in header order.
    private(set) var localized: [String: [(language: String, index: Int)]] = [:]
    /// Cell indexes of columns with an empty name.
    private(set) var unnamed: Set<Int> = []
    /// How many cells the header has.
    let width: Int
    /// Everything wrong with the header; a file whose header has problems is not read.
    private(set) var problems: [ImportProblem] = []

    init(file: CSVFile, record: CSVRecord) {
        self.file = file
        line = record.line
        width = record.fields.count
        if let issue = record.issue {
            problems.append(ImportProblem(file: file.fileName, line: issue.line, reason: "the header " + issue.message))
        }
        let plainNames = Set(file.columns.filter { !$0.localized }.map(\.name))
        let families = Set(file.columns.filter(\.localized).map(\.name))
        var seen: [String: Int] = [:]
        for (index, raw) in record.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let key = name.lowercased()
            guard !name.isEmpty else {
                unnamed.insert(index)
                continue
            }
            if let first = seen[key] {
                problems.append(ImportProblem(file: file.fileName, line: line, field: name, reason: "appears twice in the header (columns \(first + 1) and \(index + 1))"))
                continue
            }
            seen[key] = index
            if plainNames.contains(key) {
                plain[key] = index
            } else if let (family, language) = Self.split(name), families.contains(family) {
                localized[family, default: []].append((language, index))
            } else {
                let known = file.header()
                let hint = CloseMatch.best(for: key, among: known).map { "; did you mean '\($0)'?" }
                    ?? " (its columns are \(known.joined(separator: ", ")))"
                problems.append(ImportProblem(file: file.fileName, line: line, field: name, reason: "is not a column of \(file.fileName)\(hint)"))
            }
        }
        for column in file.columns where column.required && plain[column.name] == nil {
            problems.append(ImportProblem(file: file.fileName, line: line, field: column.name, reason: "required column is missing from the header"))
        }
    }

    /// The cell index of a plain column.
    func index(of column: String) -> Int? { plain[column] }

    /// `description_es-CL` → (`description`, `es-CL`), when the suffix is a well-formed language
    /// tag; the primary subtag is lower-cased (`Description_EN` → `en`).
    static func split(_ name: String) -> (family: String, language: String)? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let family = name[..<underscore].lowercased()
        let language = canonical(String(name[name.index(after: underscore)...]))
        guard LanguageCode(language).isValid else { return nil }
        return (family, language)
    }

    /// A language tag with its primary subtag lower-cased (`EN` → `en`, `es-CL` stays `es-CL`).
    static func canonical(_ tag: String) -> String {
        var parts = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty else { return tag }
        parts[0] = parts[0].lowercased()
        return parts.joined(separator: "-")
    }
}
