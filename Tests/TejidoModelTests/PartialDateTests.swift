import Foundation
import Testing
import TejidoModel

// Dates known to the year, the month or the day, as the documents give them.

@Suite("Partial dates")
struct PartialDateTests {
    @Test("valid dates in each precision", arguments: ["2020", "2020-12", "2020-12-30", "2024-02-29", "2000-02-29", "1000", "2023-01-31", "9999-12-31"])
    func valid(_ text: String) {
        #expect(PartialDate(text).isValid)
    }

    @Test(
        "invalid dates",
        arguments: [
            "", "20", "999", "0999", "20201", "2020-1", "2020-13", "2020-00", "2020-12-1", "2020-12-32", "2023-02-29", "1900-02-29",
            "2024-04-31", "2020-12-30-1", "2020/12/30", "30-12-2020", "abcd", "2020-ab", "2020-12-", "-2020", " 2020",
        ])
    func invalid(_ text: String) {
        #expect(!PartialDate(text).isValid)
    }

    @Test("components give the year, month and day that are known")
    func components() throws {
        let year = try #require(PartialDate("2020").components)
        #expect(year.year == 2020 && year.month == nil && year.day == nil)
        let month = try #require(PartialDate("2020-07").components)
        #expect(month.year == 2020 && month.month == 7 && month.day == nil)
        let day = try #require(PartialDate("2020-07-09").components)
        #expect(day.year == 2020 && day.month == 7 && day.day == 9)
        #expect(PartialDate("2020-13").components == nil)
    }

    @Test("only a full date is a day")
    func isDay() {
        #expect(PartialDate("2024-01-01").isDay)
        #expect(!PartialDate("2024-01").isDay)
        #expect(!PartialDate("2024").isDay)
        #expect(!PartialDate("2024-02-30").isDay)
    }

    @Test("dates order chronologically, a coarser date before the finer ones it contains")
    func ordering() {
        let dates: [PartialDate] = ["2024-01-31", "2023", "2024-01", "2023-12-31", "2024", "2024-01-01"]
        #expect(dates.sorted().map(\.rawValue) == ["2023", "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-31"])
        #expect(PartialDate("2023-12-31") < PartialDate("2024-01-01"))
    }

    @Test("a date is a bare JSON string")
    func json() throws {
        let data = try TejidoJSON.encoder().encode(["since": PartialDate("2020-12")])
        #expect(String(decoding: data, as: UTF8.self) == #"{"since":"2020-12"}"#)
        let decoded = try TejidoJSON.decoder().decode([String: PartialDate].self, from: Data(#"{"since":"2020"}"#.utf8))
        #expect(decoded["since"] == "2020")
    }

    @Test("description is the text itself")
    func description() {
        #expect(PartialDate("2024-01").description == "2024-01")
        #expect("\(PartialDate("2024"))" == "2024")
    }
}
