import Foundation
import Testing
import TejidoModel

// Search folds text identically at indexing and query time, so accents, case and script details
// never decide whether a word is found.

@Suite("Text folding")
struct TextFoldingTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        let a: String
        let b: String
        init(_ a: String, _ b: String) {
            self.a = a
            self.b = b
        }
        var testDescription: String { "\(a) = \(b)" }
    }

    static let equal: [Pair] = [
        // Greek: tonos, capitals, dialytika, final sigma
        .init("Λογιστική", "λογιστικη"),
        .init("ΛΟΓΙΣΤΙΚΗ", "λογιστική"),
        .init("ΚΑΛΟ", "καλό"),
        .init("Καλό", "καλο"),
        .init("Κοιν.Σ.Επ.", "κοιν σ επ"),
        .init("προϊόντα", "προιοντα"),
        .init("ΠΡΟΪΟΝΤΑ", "προϊόντα"),
        .init("διϋλιστήριο", "διυλιστηριο"),
        .init("ΐ", "ι"),
        .init("συνεταιρισμός", "συνεταιρισμοσ"),
        .init("ΣΥΝΕΤΑΙΡΙΣΜΟΣ", "συνεταιρισμός"),
        .init("Κέρκυρα", "ΚΕΡΚΥΡΑ"),
        // Spanish and Catalan accents
        .init("Asociación Cooperativa", "asociacion cooperativa"),
        .init("Educación", "EDUCACION"),
        .init("Teneduría", "teneduria"),
        .init("pequeño", "PEQUENO"),
        .init("pingüino", "pinguino"),
        .init("Successió", "successio"),
        .init("Generalitat de Catalunya", "GENERALITAT DE CATALUNYA"),
        .init("Cooperació", "cooperacio"),
        .init("Cooperativa d'Habitatge", "cooperativa dhabitatge"),
        // Catalan middle dot (U+00B7, the bullet U+2022, and the Greek ano teleia U+0387, canonically equivalent to U+00B7)
        .init("col·lectiu", "collectiu"),
        .init("COL·LECTIU", "collectiu"),
        .init("Col·legi", "col•legi"),
        .init("intel\u{0387}ligència", "intelligencia"),
        // apostrophes
        .init("l'Hospitalet", "lhospitalet"),
        .init("L’Hospitalet de Llobregat", "lhospitalet de llobregat"),
        // precomposed and decomposed forms
        .init("Ca\u{0301}diz", "Cádiz"),
        .init("Stra\u{00DF}e", "strasse"),
    ]

    @Test("these fold equal", arguments: equal)
    func foldsEqual(_ pair: Pair) {
        #expect(TextFolding.fold(pair.a) == TextFolding.fold(pair.b))
    }

    @Test("folding gives the exact lowercase, unaccented words")
    func exactForms() {
        #expect(TextFolding.fold("Λογιστική") == "λογιστικη")
        #expect(TextFolding.fold("ΚΑΛΟ") == "καλο")
        #expect(TextFolding.fold("καλό") == "καλο")
        #expect(TextFolding.fold("col·lectiu") == "collectiu")
        #expect(TextFolding.fold("l'Hospitalet") == "lhospitalet")
        #expect(TextFolding.fold("Relevo Generacional") == "relevo generacional")
        #expect(TextFolding.fold("Comptabilitat") == "comptabilitat")
    }

    @Test("final sigma and medial sigma fold to the same letter")
    func sigma() {
        #expect(TextFolding.fold("ς") == "σ")
        #expect(TextFolding.fold("Σ") == "σ")
        #expect(!TextFolding.fold("λόγος").contains("ς"))
    }

    @Test("punctuation and spaces split words; runs collapse to one space")
    func tokens() {
        #expect(TextFolding.tokens("  Kola   Nut—Collaborative, Inc.  ") == ["kola", "nut", "collaborative", "inc"])
        #expect(TextFolding.fold("finance.bookkeeping") == "finance bookkeeping")
        #expect(TextFolding.fold("training.train_the_trainers") == "training train the trainers")
        #expect(TextFolding.fold("βιβλίο εσόδων-εξόδων") == "βιβλιο εσοδων εξοδων")
    }

    @Test("digits are kept as words")
    func digits() {
        #expect(TextFolding.tokens("Ley 19.832 de 2002") == ["ley", "19", "832", "de", "2002"])
    }

    @Test("empty and punctuation-only text folds to nothing")
    func empty() {
        #expect(TextFolding.fold("") == "")
        #expect(TextFolding.tokens(" ·—'' ").isEmpty)
    }

    @Test("different words stay different")
    func different() {
        #expect(TextFolding.fold("καλό") != TextFolding.fold("κακό"))
        #expect(TextFolding.fold("Kola Nut") != TextFolding.fold("Kolanut"))
    }

    @Test("folding is idempotent")
    func idempotent() {
        for pair in Self.equal {
            let once = TextFolding.fold(pair.a)
            #expect(TextFolding.fold(once) == once)
        }
    }
}

/// Folding as first written: decompose the whole text, then walk it. The table-driven folding
/// must give exactly this.
enum ReferenceFolding {
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar.value {
            case 0x00B7, 0x2022, 0x2027, 0x0387, 0x00AD, 0x2019, 0x0027: continue
            default: break
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    switch lower.value {
                    case 0x03C2: current.append(Unicode.Scalar(0x03C3)!)
                    case 0x00DF: current.append(contentsOf: "ss".unicodeScalars)
                    default: current.append(lower)
                    }
                }
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }
}

@Suite("Text folding, one character at a time")
struct FoldTableTests {
    @Test("every character of the first plane, alone and between letters, folds as the whole-text decomposition does")
    func everyCharacter() {
        var differing: [UInt32] = []
        for value in 0x80...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b", "Ω\(scalar)\u{301}x"] where TextFolding.tokens(text) != ReferenceFolding.tokens(text) {
                differing.append(UInt32(value))
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map { String($0, radix: 16) })")
    }

    @Test("names in the four languages, with combining marks in any order, fold as before")
    func mixedTexts() {
        let texts = [
            "Συνεταιριστική Λογιστική Καλό", "ΣΥΝΕΤΑΙΡΙΣΜΟΣ προϊόντα ΐ", "Cooperativa de Trabajo Ñandú Ltda.", "l'Hospitalet de Llobregat · col·lectiu",
            "Straße", "e\u{301}\u{327}x", "e\u{327}\u{301}x", "Ἀθῆναι", "ﬁnance", "Ǆemal", "한국 협동조합", "𝔸𝕓𝕔 😀 test", "Kola Nut Collaborative",
        ]
        for text in texts { #expect(TextFolding.tokens(text) == ReferenceFolding.tokens(text), "\(text)") }
    }
}

@Suite("Text folding of identifiers")
struct IdentifierFoldingTests {
    @Test("hyphens and underscores end words, so slugs and codes fold to their words")
    func separators() {
        #expect(TextFolding.fold("cooperativa-de-trabajo-ñandu_x") == "cooperativa de trabajo nandu x")
        #expect(TextFolding.fold("kola-nut-collaborative") == "kola nut collaborative")
    }
}
