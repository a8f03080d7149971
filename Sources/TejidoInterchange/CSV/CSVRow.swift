import Foundation
import TejidoModel

/// One data record of a file, read through its header: typed cells, and every problem met while
/// reading them, each located at the cell's own line and named by its column.
///
/// Every cell first loses its formula guard (``CSVFormulaGuard/unprotect(_:)``). Free text is kept
/// exactly as written; values of a type (ids, codes, enumerations, numbers, lists) are trimmed. An
/// empty cell is an absent value.
struct CSVRow: Sendable {
    let file: CSVFile
    let record: CSVRecord
    let header: CSVHeader
    /// Everything wrong found so far.
    var problems: [ImportProblem] = []

    init(file: CSVFile, record: CSVRecord, header: CSVHeader) {
        self.file = file
        self.record = record
        self.header = header
        if let issue = record.issue {
            problems.append(ImportProblem(file: file.fileName, line: issue.line, reason: issue.message))
        }
        if record.fields.count > header.width, record.fields[header.width...].contains(where: { !$0.isEmpty }) {
            problems.append(ImportProblem(file: file.fileName, line: record.line, reason: "has \(record.fields.count) cells but the header names \(header.width) columns; a cell holding a comma must be in quotes"))
        }
        for index in header.unnamed where index < record.fields.count && !record.fields[index].isEmpty {
            problems.append(ImportProblem(file: file.fileName, line: record.line(ofField: index), reason: "has a value in column \(index + 1), which has no name in the header"))
        }
    }

    /// The line the record starts on.
    var line: Int { record.line }

    /// The line `column`'s cell starts on (the record's line for a column the file lacks).
    func line(of column: String) -> Int {
        header.index(of: column).map { record.line(ofField: $0) } ?? record.line
    }

    /// A problem at `column` (or at the row, for `nil`).
    func problem(_ column: String?, _ reason: String, record name: String? = nil) -> ImportProblem {
        ImportProblem(file: file.fileName, line: column.map(line(of:)) ?? line, record: name, field: column, reason: reason)
    }

    mutating func fail(_ column: String?, _ reason: String) { problems.append(problem(column, reason)) }

    /// The cell of a plain column exactly as written (guard removed); empty when absent.
    func raw(_ column: String) -> String {
        guard let index = header.index(of: column), index < record.fields.count else { return "" }
        return CSVFormulaGuard.unprotect(record.fields[index])
    }

    /// Free text: exactly as written, `nil` when empty.
    func text(_ column: String) -> String? {
        let value = raw(column)
        return value.isEmpty ? nil : value
    }

    /// A typed value: trimmed, `nil` when empty.
    func token(_ column: String) -> String? {
        let value = raw(column).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// The items of a list cell (see ``CSVList``).
    func list(_ column: String) -> [String] { CSVList.split(raw(column)) }

    /// A localized family: the text of every `<family>_<language>` cell that is not empty.
    func localized(_ family: String) -> LocalizedText {
        var values: [String: String] = [:]
        for (language, index) in header.localized[family] ?? [] where index < record.fields.count {
            let value = CSVFormulaGuard.unprotect(record.fields[index])
            if !value.isEmpty { values[language] = value }
        }
        return LocalizedText(values)
    }

    /// One value of an enumeration, matched without regard to case.
    mutating func value<E: RawRepresentable & CaseIterable>(_ column: String, _ type: E.Type, noun: String) -> E? where E.RawValue == String {
        guard let token = token(column) else { return nil }
        return parse(token, column, type, noun: noun)
    }

    /// A list of enumeration values; each bad item is a problem.
    mutating func values<E: RawRepresentable & CaseIterable>(_ column: String, _ type: E.Type, noun: String) -> [E] where E.RawValue == String {
        list(column).compactMap { parse($0, column, type, noun: noun) }
    }

    private mutating func parse<E: RawRepresentable & CaseIterable>(_ token: String, _ column: String, _ type: E.Type, noun: String) -> E? where E.RawValue == String {
        if let value = E(rawValue: token) ?? E(rawValue: token.lowercased()) { return value }
        let allowed = E.allCases.map(\.rawValue)
        let hint = CloseMatch.best(for: token, among: allowed).map { "did you mean '\($0)'? " } ?? ""
        fail(column, "'\(token)' is not \(noun); \(hint)allowed: \(allowed.joined(separator: ", "))")
        return nil
    }

    /// A decimal number; a decimal comma (`-33,4489`) is read as a point.
    mutating func double(_ column: String) -> Double? {
        guard var token = token(column) else { return nil }
        if token.contains(","), !token.contains(".") { token = token.replacingOccurrences(of: ",", with: ".") }
        guard let value = Double(token), value.isFinite else {
            fail(column, "'\(token)' is not a number")
            return nil
        }
        return value
    }

    /// A whole number.
    mutating func int(_ column: String) -> Int? {
        guard let token = token(column) else { return nil }
        guard let value = Int(token) else {
            fail(column, "'\(token)' is not a whole number")
            return nil
        }
        return value
    }

    /// The spellings of true and false a spreadsheet may write, in Tejido's four languages, after folding.
    static let booleans: [String: Bool] = [
        "true": true, "false": false, "yes": true, "no": false, "1": true, "0": false,
        "verdadero": true, "falso": false, "si": true, "cert": true, "fals": false, "ναι": true, "οχι": false, "αληθεσ": true, "ψευδεσ": false,
    ]

    /// A yes-or-no value.
    mutating func bool(_ column: String) -> Bool? {
        guard let token = token(column) else { return nil }
        if let value = Self.booleans[TextFolding.fold(token)] { return value }
        fail(column, "'\(token)' is not true or false; allowed: true, false (also yes/no, 1/0)")
        return nil
    }

    /// A UUID, for an id column.
    mutating func id<T>(_ column: String, _ type: EntityID<T>.Type) -> EntityID<T>? {
        guard let token = token(column) else { return nil }
        guard let id = EntityID<T>(token) else {
            fail(column, "'\(token)' is not a UUID; leave the cell empty to have a stable id derived")
            return nil
        }
        return id
    }
}
