import Foundation
import Testing
@testable import TejidoModel

// The checks that run on every imported record read bytes instead of Characters. Each is compared
// here with the Character-level definition it replaced, on texts chosen to reach every branch.

@Suite("Byte-level checks agree with their Character-level definitions")
struct ByteLevelRulesTests {
    static let texts: [String] = [
        "", " ", "-", "--", "a", "es", "ES", "Es", "eng", "engl", "e1", "1e", "es-", "-es", "es--cl", "es-CL", "es-419",
        "zh-Hant-TW", "sr-Latn-RS-x1", "en-abcdefgh", "en-abcdefghi", "de-1996", "é", "és", "ée", "e\u{301}s", "ab\u{301}", "ελ",
        "\r\n", "a1", "aa", "AA", "a-", "ab", "a_", "ca-valencia", "x y", "es\u{0}", "\u{FF}a", "ab-c\u{300}",
        "kola nut", "  Kola   Nut—Collaborative, Inc.  ", "l'Hospitalet", "O'Brien's", "''", " ' a ' b ' ", "A-B_C.d",
        "Café", "\t\n", " \u{00A0}", "\u{200B}", " \u{200B} x", "x", "\u{3000}", " \u{85}",
    ]

    /// The definition `LanguageCode.isValid` had: split on hyphens, count Characters.
    static func languageReference(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The definition `AreaID.isValid` had.
    static func areaReference(_ text: String) -> Bool {
        text.count == 2 ? text.allSatisfy { $0.isASCII && $0.isLowercase } : Slug.isValid(text)
    }

    /// The definition `PartialDate.components` had.
    static func dateReference(_ text: String) -> [Int?]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year >= 1000 else { return nil }
        guard parts.count > 1 else { return [year, nil, nil] }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        guard parts.count > 2 else { return [year, month, nil] }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard parts[2].count == 2, let day = Int(parts[2]), (1...days).contains(day) else { return nil }
        return [year, month, day]
    }

    static let dates: [String] = texts + [
        "2020", "2020-12", "2020-12-30", "2020-12-31", "2020-12-32", "2021-02-29", "2020-02-29", "1900-02-29", "2000-02-29",
        "0999", "+999", "+2020", "20200", "202", "2020-", "2020--", "2020-1", "2020-01-", "2020-01-1", "2020-1-01", "2020-13",
        "2020-00", "2020-01-00", "2020-+1", "2020-+1-+5", "2020-01-+9", "2020-01-01-01", "2020-01-01-", "-2020", "2020-ab",
        "2020-01-0x", "2O20", "2020\u{301}", "2020-0\u{301}1", "２０２０", "9999-12-31", "1000-01-01", "2024-06-09",
    ]

    @Test("partial dates", arguments: dates)
    func partialDates(_ text: String) {
        let components = PartialDate(text).components
        #expect(components.map { [$0.year, $0.month, $0.day] } == Self.dateReference(text))
    }

    @Test("language tags", arguments: texts)
    func languageTags(_ text: String) {
        #expect(LanguageCode(text).isValid == Self.languageReference(text))
    }

    @Test("area ids", arguments: texts)
    func areaIDs(_ text: String) {
        #expect(AreaID(text).isValid == Self.areaReference(text))
    }

    @Test("blank text", arguments: texts)
    func blank(_ text: String) {
        #expect(text.isBlank == text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{200B}" })
    }

    /// The words ASCII folding had: letters lowercased and digits kept, apostrophes dropped
    /// within a word, anything else ending it.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = [], current = ""
        for character in text {
            if character == "'" { continue }
            if character.isASCII, character.isLetter || character.isNumber {
                current += character.lowercased()
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    @Test("ASCII text folds to its words, lowercased, one space apart", arguments: texts.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    func asciiFold(_ text: String) {
        #expect(TextFolding.tokens(text) == Self.asciiWords(text))
        #expect(TextFolding.fold(text) == Self.asciiWords(text).joined(separator: " "))
    }

    @Test("country codes", arguments: texts + ["CL", "GR", "cl", "C", "CLE", "Ñ1", "ÑA", "AÑ", "É", "C\u{301}L"])
    func countryCodes(_ text: String) {
        let location = Location(address: nil, locality: nil, region: nil, country: text, lat: nil, lon: nil, area: nil)
        let reference = text.count != 2 || !text.allSatisfy({ $0.isASCII && $0.isUppercase })
        #expect(location.validationIssues().contains { $0.field == "country" } == reference)
    }

    @Test("repeated values are found without a set")
    func repeats() {
        let lists: [[Int]] = [[], [1], [1, 1], [1, 2], [1, 2, 1], [3, 2, 1], [1, 2, 3, 4, 5, 3], [7, 7, 7]]
        for list in lists {
            #expect(Rules.hasRepeats(list) == (Set(list).count != list.count), "\(list)")
            #expect(list.distinctInOrder == list.enumerated().filter { !list[..<$0.offset].contains($0.element) }.map(\.element), "\(list)")
        }
    }
}
