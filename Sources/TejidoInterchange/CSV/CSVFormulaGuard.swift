/// Keeps spreadsheets from running cell text as a formula ("CSV injection"), reversibly.
///
/// **Export** (``protect(_:)``): a cell whose first character is `=`, `+`, `-`, `@`, a tab or a
/// CR gets a single quote (`'`) put in front, so Excel and LibreOffice show it as text instead of
/// evaluating it. A cell that already starts with `'` gets one too, so that the next rule can undo
/// the guard exactly. A plain negative number (`-33.4489`: a minus, digits, and at most one decimal
/// point followed by digits) is left alone, so coordinates stay numbers.
///
/// **Import** (``unprotect(_:)``): a cell that starts with `'` loses that one quote. A person typing
/// `'` in a spreadsheet cell never gets it into the saved file (it only marks the cell as text), so
/// a leading quote in a file is a guard.
public enum CSVFormulaGuard {
    /// The characters that make a spreadsheet read a cell as a formula.
    public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it is safe to write.
    public static func protect(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        if first == "'" || (triggers.contains(first) && !isNegativeNumber(cell)) { return "'" + cell }
        return cell
    }

    /// The cell with its guard removed.
    public static func unprotect(_ cell: String) -> String {
        cell.unicodeScalars.first == "'" ? String(cell.unicodeScalars.dropFirst()) : cell
    }

    /// `-` followed by digits, optionally a point and more digits.
    static func isNegativeNumber(_ cell: String) -> Bool {
        let scalars = Array(cell.unicodeScalars)
        guard scalars.count >= 2, scalars[0] == "-" else { return false }
        let body = scalars.dropFirst()
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
    }
}
