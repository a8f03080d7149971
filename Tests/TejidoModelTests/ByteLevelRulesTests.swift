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

    @Test("folding ASCII text gives its folded words joined by single spaces", arguments: texts)
    func asciiFold(_ text: String) {
        #expect(TextFolding.fold(text) == TextFolding.tokens(text).joined(separator: " "))
    }
}
