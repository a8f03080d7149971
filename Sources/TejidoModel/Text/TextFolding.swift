import Foundation

/// Folds text for search so that accents, case and script details do not matter, identically at
/// indexing and at query time: lowercase, no combining marks (Latin accents, Greek tonos and
/// dialytika), Greek final sigma as sigma, Catalan middle dot dropped (`col·lectiu` = `collectiu`),
/// and `ß` as `ss`. SQLite's own tokenizer folds Latin accents but not Greek ones, so Tejido folds
/// in Swift before text reaches any engine.
public enum TextFolding {
    /// The folded form of `text`, with non-alphanumeric runs kept as single spaces.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFold(text) }
        return tokens(text).joined(separator: " ")
    }

    /// ``fold(_:)`` for pure ASCII text, without Unicode tables (most names and all codes),
    /// written straight into one buffer: letters lowercased, digits kept, apostrophes dropped
    /// inside a word, and every other run a single space between words.
    private static func asciiFold(_ text: String) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            var wordEnded = false
            for byte in text.utf8 {
                let folded: UInt8
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): folded = byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded = byte + 32
                case UInt8(ascii: "'"): continue
                default:
                    wordEnded = true
                    continue
                }
                // A word after another gets one space: never more than the separator it replaces.
                if wordEnded, count > 0 {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                }
                wordEnded = false
                buffer[count] = folded
                count += 1
            }
            return count
        }
    }

    /// The folded words of `text`, in order.
    public static func tokens(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let steps = scalar.value < FoldTable.size ? FoldTable.steps[Int(scalar.value)] : FoldTable.steps(of: scalar)
            for step in steps {
                if let output = step {
                    current.append(output)
                } else if !current.isEmpty {
                    tokens.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// The same folding for pure ASCII text: the words of ``asciiFold(_:)``.
    private static func asciiTokens(_ text: String) -> [String] {
        asciiFold(text).split(separator: " ").map(String.init)
    }
}

/// What folding does with each character, worked out once. A canonical decomposition only adds
/// combining marks after a base, and folding drops every mark, so folding a text one character at
/// a time gives what folding its whole decomposition (``String/decomposedStringWithCanonicalMapping``)
/// gives, without decomposing every text through Foundation.
enum FoldTable {
    /// One step of folding a character: a character to append to the current word, or `nil` to end it.
    typealias Step = Unicode.Scalar?

    /// Characters below this are looked up; the rarer ones above it are folded when met.
    static let size: UInt32 = 0x2100

    /// The steps of every character below ``size``.
    static let steps: [[Step]] = (0..<size).map { value in Unicode.Scalar(value).map(steps(of:)) ?? [nil] }

    /// The steps of one character: its canonical decomposition without marks, joiners dropped,
    /// letters and digits lowercased (final sigma as sigma, `ß` as `ss`), anything else a word end.
    static func steps(of scalar: Unicode.Scalar) -> [Step] {
        var steps: [Step] = []
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            switch part.value {
            case 0x00B7, 0x2022, 0x2027, 0x0387, 0x00AD, 0x2019, 0x0027:
                // middle dots (l·l, l•l), soft hyphen and apostrophes join the word (l'Hospitalet → lhospitalet)
                continue
            default:
                break
            }
            guard part.properties.isAlphabetic || part.properties.numericType != nil else {
                steps.append(nil)
                continue
            }
            for lower in part.properties.lowercaseMapping.unicodeScalars {
                switch lower.value {
                case 0x03C2: steps.append(Unicode.Scalar(0x03C3)!)  // ς → σ
                case 0x00DF: steps.append(contentsOf: ["s", "s"] as [Step])
                default: steps.append(lower)
                }
            }
        }
        return steps
    }
}
