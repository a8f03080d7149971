import Foundation
import Testing
import TejidoInterchange

@Suite("CSV: reader, writer, lists and the formula guard")
struct CSVPrimitiveTests {
    @Test("the reader undoes quoting and counts physical lines")
    func reader() {
        let records = CSVReader.records(in: "a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,5,6")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "x, \"y\"\nz", "3"], ["4", "5", "6"]])
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fieldLines == [2, 2, 3])
        #expect(records.allSatisfy { $0.issue == nil })
    }

    @Test("a lone CR ends a record too, and a trailing empty cell is kept")
    func lineEnds() {
        let records = CSVReader.records(in: "a,b\r1,\r2,3")
        #expect(records.map(\.fields) == [["a", "b"], ["1", ""], ["2", "3"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test("text after a closing quote is an issue of its record")
    func textAfterQuote() {
        let records = CSVReader.records(in: "a,b\n\"x\"y,2\n3,4\n")
        #expect(records[1].issue?.line == 2)
        #expect(records[2].issue == nil)
    }

    @Test("the delimiter is a comma unless the first line has only semicolons or tabs")
    func delimiter() {
        #expect(CSVReader.delimiter(of: "a,b;c\n") == ",")
        #expect(CSVReader.delimiter(of: "a;b;c\n1,5;2") == ";")
        #expect(CSVReader.delimiter(of: "a\tb\n") == "\t")
    }

    @Test("the writer quotes only what needs quoting and ends records with CRLF")
    func writer() {
        var writer = CSVWriter(guardsFormulas: false)
        writer.append(["plain", "a,b", "say \"hi\"", "two\nlines", " lead", "trail ", "", "ñ κ"])
        #expect(writer.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" lead\",\"trail \",,ñ κ\r\n")
        #expect(Array(writer.data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test("what the writer writes, the reader reads back")
    func writerReader() {
        let rows = [["id", "text"], ["1", "=1+1"], ["2", "\"quoted\", with comma\r\nand CRLF"], ["3", "  "], ["4", "'"]]
        var writer = CSVWriter()
        for row in rows { writer.append(row) }
        let read = CSVReader.records(in: writer.text).map { $0.fields.map(CSVFormulaGuard.unprotect) }
        #expect(read == rows)
    }

    @Test("the formula guard prefixes a quote to =, +, -, @, tab and CR, and to a leading quote, but not to negative numbers")
    func formulaGuard() {
        for cell in ["=1+1", "+34 600", "-x", "@SUM(A1)", "\tx", "\rx", "'already"] {
            #expect(CSVFormulaGuard.protect(cell) == "'" + cell)
            #expect(CSVFormulaGuard.unprotect(CSVFormulaGuard.protect(cell)) == cell)
        }
        for cell in ["-33.4489", "-70", "plain", "", "4-5"] {
            #expect(CSVFormulaGuard.protect(cell) == cell)
        }
        #expect(CSVFormulaGuard.protect("-1.") == "'-1.")
    }

    @Test("lists split on unescaped semicolons, trim items and skip empty ones")
    func lists() {
        #expect(CSVList.split("a; b ;;c") == ["a", "b", "c"])
        #expect(CSVList.split("") == [])
        #expect(CSVList.split("x\\;y; C:\\docs; back\\\\") == ["x;y", "C:\\docs", "back\\"])
        let items = ["food; drink", "C:\\path\\", "plain"]
        #expect(CSVList.join(items) == "food\\; drink; C:\\\\path\\\\; plain")
        #expect(CSVList.split(CSVList.join(items)) == items)
    }
}
