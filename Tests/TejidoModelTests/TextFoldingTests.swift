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
