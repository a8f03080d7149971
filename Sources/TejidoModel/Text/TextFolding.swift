import Foundation

/// Folds text for search so that accents, case and script details do not matter, identically at
/// indexing and at query time: lowercase, no combining marks (Latin accents, Greek tonos and
/// dialytika), Greek final sigma as sigma, Catalan middle dot dropped (`col·lectiu` = `collectiu`),
/// and `ß` as `ss`. SQLite's own tokenizer folds Latin accents but not Greek ones, so Tejido folds
/// in Swift before text reaches any engine.
public enum TextFolding {
    /// The folded form of `text`, with non-alphanumeric runs kept as single spaces.
    public static func fold(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The folded words of `text`, in order.
    public static func tokens(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
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
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            switch scalar.value {
            case 0x00B7, 0x2022, 0x2027, 0x0387, 0x00AD, 0x2019, 0x0027:
                // middle dots (l·l, l•l), soft hyphen and apostrophes join the word (l'Hospitalet → lhospitalet)
                continue
            default:
                break
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    switch lower.value {
                    case 0x03C2: current.append(Unicode.Scalar(0x03C3)!)  // ς → σ
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

    /// The same folding for pure ASCII text, without Unicode tables: most names and all codes.
    private static func asciiTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case UInt8(ascii: "'"):
                continue
            default:
                if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}
