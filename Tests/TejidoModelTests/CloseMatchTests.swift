import Testing
import TejidoModel

// "Did you mean": the candidate a person probably meant, or nothing when nothing is close.

@Suite("Close match")
struct CloseMatchTests {
    static let slugs = [
        "democracy-at-work-institute", "kola-community-solutions", "kola-nut-collaborative", "chicago-community-wealth-building-ecosystem",
        "greater-englewood-cdc", "justice-cream",
    ]
    static let codes = ["finance", "finance.accounting", "finance.bookkeeping", "finance.payroll", "finance.tax", "legal.bylaws"]

    @Test("a prefix of a slug finds the slug: kola-nut → kola-nut-collaborative")
    func prefix() {
        #expect(CloseMatch.best(for: "kola-nut", among: Self.slugs) == "kola-nut-collaborative")
    }

    @Test("a misspelt code finds the code: finance.bookeeping → finance.bookkeeping")
    func typo() {
        #expect(CloseMatch.best(for: "finance.bookeeping", among: Self.codes) == "finance.bookkeeping")
    }

    @Test("nothing close gives nil")
    func nothing() {
        #expect(CloseMatch.best(for: "zzzzzzzz", among: Self.slugs + Self.codes) == nil)
        #expect(CloseMatch.best(for: "marketing.social_media", among: Self.codes) == nil)
        #expect(CloseMatch.best(for: "kola-nut", among: []) == nil)
    }

    @Test("empty input gives nil")
    func empty() {
        #expect(CloseMatch.best(for: "", among: Self.slugs) == nil)
    }

    @Test("matching ignores case")
    func caseInsensitive() {
        #expect(CloseMatch.best(for: "KOLA-NUT", among: Self.slugs) == "kola-nut-collaborative")
        #expect(CloseMatch.best(for: "Finance.Bookeeping", among: Self.codes) == "finance.bookkeeping")
    }

    @Test("of several candidates containing the input, the shortest wins, then the alphabetically first")
    func shortestContaining() {
        #expect(CloseMatch.best(for: "kola", among: Self.slugs) == "kola-nut-collaborative")
        #expect(CloseMatch.best(for: "finance", among: Self.codes.reversed()) == "finance")
        #expect(CloseMatch.best(for: "ab", among: ["xab", "abx"]) == "abx")
    }

    @Test("the answer does not depend on the candidates' order")
    func orderIndependent() {
        for candidates in [Self.codes, Self.codes.reversed(), Self.codes.sorted { $0.count < $1.count }] {
            #expect(CloseMatch.best(for: "finance.payrol", among: candidates) == "finance.payroll")
            #expect(CloseMatch.best(for: "finance.tux", among: candidates) == "finance.tax")
        }
    }

    @Test("edit distance is Levenshtein over characters")
    func editDistance() {
        #expect(CloseMatch.editDistance("kitten", "sitting") == 3)
        #expect(CloseMatch.editDistance("", "abc") == 3)
        #expect(CloseMatch.editDistance("abc", "") == 3)
        #expect(CloseMatch.editDistance("same", "same") == 0)
        #expect(CloseMatch.editDistance("λογιστική", "λογιστικη") == 1)
    }
}
