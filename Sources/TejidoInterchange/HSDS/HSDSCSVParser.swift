/// Parses an HSDS tabular file (RFC 4180 CSV: comma-separated, `"` quotes doubled inside quoted
/// cells, CRLF or LF line ends, an optional byte-order mark) into rows with their line numbers.
/// The bytes must already be valid UTF-8.
enum HSDSCSVParser {
    /// One row and the line it starts on.
    struct Row: Sendable {
        var line: Int
        var cells: [String]
    }

    /// Why the text is not CSV.
    struct Failure: Error, Sendable {
        var message: String
        var line: Int
    }

    static func parse(_ bytes: [UInt8]) throws(Failure) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var rowLine = 1
        var quoted = false
        var quoteLine = 1
        var cellStarted = false

        func endCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
            cellStarted = false
        }
        func endRow() {
            endCell()
            // A blank line is no row.
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Row(line: rowLine, cells: cells)) }
            cells.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        cell.append(byte)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    if byte == 0x0A { line += 1 }
                    cell.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if !cellStarted && cell.isEmpty {
                    quoted = true
                    quoteLine = line
                } else {
                    cell.append(byte)  // a stray quote inside an unquoted cell is kept as text
                }
                cellStarted = true
            case UInt8(ascii: ","):
                endCell()
            case 0x0D:
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                endRow()
                line += 1
                rowLine = line
            case 0x0A:
                endRow()
                line += 1
                rowLine = line
            default:
                cell.append(byte)
                cellStarted = true
            }
            index += 1
        }
        if quoted { throw Failure(message: "a quoted cell opened here is never closed", line: quoteLine) }
        if !cell.isEmpty || !cells.isEmpty || cellStarted { endRow() }
        return rows
    }
}
