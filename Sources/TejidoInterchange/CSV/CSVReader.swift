/// Reads RFC 4180 CSV text into ``CSVRecord``s, counting physical lines so that every record and
/// cell knows the line it starts on.
///
/// What it accepts, beyond the letter of RFC 4180:
/// - records ended by CRLF, LF or a lone CR, mixed freely; a last record without a line end;
/// - blank lines, which are skipped;
/// - a quote inside an unquoted cell (`5" disk`), kept as a character;
/// - spaces or tabs between a closing quote and the next delimiter, ignored.
///
/// A byte-order mark is the caller's business: pass text, not bytes (``CSVImporter`` strips it).
/// Two things are reported as a record ``CSVRecord/Issue``: a quoted cell still open at the end of
/// the text (named at the line the quote opened), and other text after a closing quote.
public enum CSVReader {
    /// Every non-blank record of `text`, in order.
    public static func records(in text: String, delimiter: Unicode.Scalar = ",") -> [CSVRecord] {
        let scalars = Array(text.unicodeScalars)
        let quote: Unicode.Scalar = "\"", cr: Unicode.Scalar = "\r", lf: Unicode.Scalar = "\n"
        var records: [CSVRecord] = []
        var line = 1
        var fields: [String] = [], fieldLines: [Int] = []
        var field = String.UnicodeScalarView()
        var recordLine = 1, fieldLine = 1
        var inQuotes = false, wasQuoted = false, afterClosingQuote = false, quoteLine = 0
        var issue: CSVRecord.Issue?
        var recordWasQuoted = false

        func endField() {
            fields.append(String(field))
            fieldLines.append(fieldLine)
            field = String.UnicodeScalarView()
            wasQuoted = false
            afterClosingQuote = false
            fieldLine = line
        }
        func endRecord() {
            endField()
            // An empty line is no record; a line holding only `""` is one empty cell.
            if !(fields.count == 1 && fields[0].isEmpty && issue == nil && !recordWasQuoted) {
                records.append(CSVRecord(line: recordLine, fields: fields, fieldLines: fieldLines, issue: issue))
            }
            fields = []
            fieldLines = []
            issue = nil
            recordWasQuoted = false
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == quote {
                    if index + 1 < scalars.count, scalars[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    if scalar == lf || (scalar == cr && !(index + 1 < scalars.count && scalars[index + 1] == lf)) { line += 1 }
                    field.append(scalar)
                }
                index += 1
                continue
            }
            if scalar == delimiter {
                endField()
                index += 1
            } else if scalar == cr || scalar == lf {
                index += scalar == cr && index + 1 < scalars.count && scalars[index + 1] == lf ? 2 : 1
                line += 1
                endRecord()
                recordLine = line
                fieldLine = line
            } else if scalar == quote && field.isEmpty && !wasQuoted {
                inQuotes = true
                wasQuoted = true
                recordWasQuoted = true
                quoteLine = line
                index += 1
            } else if afterClosingQuote {
                if scalar != " " && scalar != "\t" && issue == nil {
                    issue = CSVRecord.Issue(line: line, message: "there is text after the closing quote of a cell; put the whole cell in quotes and double every quote inside it (\"\")")
                }
                if scalar != " " && scalar != "\t" { field.append(scalar) }
                index += 1
            } else {
                field.append(scalar)
                index += 1
            }
        }
        if inQuotes {
            issue = CSVRecord.Issue(line: quoteLine, message: "a quoted cell opened on line \(quoteLine) is never closed: the file ends inside it; add the closing quote (\")")
            endRecord()
        } else if !fields.isEmpty || !field.isEmpty || wasQuoted {
            endRecord()
        }
        return records
    }

    /// The delimiter a file uses, judged from its first line: a comma, unless that line has no comma
    /// but has semicolons (what Excel writes where the decimal separator is a comma: Spain, Greece,
    /// Chile) or tabs.
    public static func delimiter(of text: String) -> Unicode.Scalar {
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        if firstLine.contains(",") { return "," }
        if firstLine.contains(";") { return ";" }
        if firstLine.contains("\t") { return "\t" }
        return ","
    }
}
