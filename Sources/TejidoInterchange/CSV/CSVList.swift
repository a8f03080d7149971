import Foundation

/// A list inside one CSV cell: items separated by `;` (`worker_coop; social_coop`).
///
/// Writing puts `; ` between items and escapes with a backslash: a `;` inside an item is written
/// `\;` and a backslash `\\`. Reading splits at every `;` not preceded by a backslash, undoes the two
/// escapes (a backslash before any other character is kept as it is, so `C:\docs` survives), trims
/// spaces around each item and skips empty items, so `a;;b ;` reads as `a`, `b`.
public enum CSVList {
    /// The item separator.
    public static let separator: Character = ";"

    /// The items as one cell.
    public static func join(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;") }.joined(separator: "; ")
    }

    /// The items of a cell.
    public static func split(_ cell: String) -> [String] {
        var items: [String] = []
        var current = ""
        var escaped = false
        for character in cell {
            if escaped {
                if character != ";" && character != "\\" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == separator {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
