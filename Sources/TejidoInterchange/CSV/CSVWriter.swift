import Foundation

/// Writes CSV that LibreOffice and Excel open correctly: RFC 4180 quoting, CRLF line ends, and
/// (in ``data``) UTF-8 with a byte-order mark, which Excel needs to read UTF-8 at all.
///
/// A cell is quoted when it holds a comma, a quote, a CR or LF, or starts or ends with whitespace;
/// quotes inside it are doubled. Line breaks inside a cell are written as they are. With
/// ``guardsFormulas`` (the default) every cell first goes through ``CSVFormulaGuard/protect(_:)``.
public struct CSVWriter: Sendable {
    /// The UTF-8 byte-order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether cells that a spreadsheet would run as a formula are guarded.
    public var guardsFormulas: Bool
    /// The text written so far, every record ended by CRLF, without the byte-order mark.
    public private(set) var text = ""

    public init(guardsFormulas: Bool = true) { self.guardsFormulas = guardsFormulas }

    /// Appends one record.
    public mutating func append(_ cells: [String]) {
        text += cells.map { Self.field(guardsFormulas ? CSVFormulaGuard.protect($0) : $0) }.joined(separator: ",")
        text += "\r\n"
    }

    /// The file's bytes: the byte-order mark, then ``text`` as UTF-8.
    public var data: Data { Data(Self.byteOrderMark) + Data(text.utf8) }

    /// One cell as written in a record: quoted, with quotes doubled, when it needs to be.
    public static func field(_ cell: String) -> String {
        let needsQuotes = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || cell.unicodeScalars.first.map(\.properties.isWhitespace) == true
            || cell.unicodeScalars.last.map(\.properties.isWhitespace) == true
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
