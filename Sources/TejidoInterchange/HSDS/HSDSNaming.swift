import Foundation
import TejidoModel

/// Turns names from another directory into Tejido handles: organization slugs and free-term
/// service codes. Any script is transliterated to Latin and stripped of accents first
/// (`Κοινωνική Κουζίνα` → `koinonike-kouzina`).
enum HSDSNaming {
    /// The name's words in lower-case ASCII letters and digits.
    static func words(_ name: String) -> [String] {
        let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var words: [String] = []
        var current = ""
        for scalar in plain.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" || scalar == "·" {
                continue  // l'Hospitalet → lhospitalet, col·lectiu → collectiu
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A slug from a name: its words joined by hyphens, at most 80 characters, cut at a word;
    /// `organization` when the name has no letters or digits to use.
    static func slug(_ name: String) -> String {
        var slug = ""
        for word in words(name) {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 80 {
                if slug.isEmpty { slug = String(word.prefix(80)) }
                break
            }
            slug = next
        }
        return slug.count >= 2 ? slug : "organization"
    }

    /// `base` if no organization has it yet, else `base-2`, `base-3`… (kept within 80 characters).
    static func unique(_ base: String, among used: Set<String>) -> String {
        if !used.contains(base) { return base }
        var number = 2
        while true {
            let suffix = "-\(number)"
            var stem = String(base.prefix(80 - suffix.count))
            while stem.hasSuffix("-") { stem.removeLast() }
            let candidate = stem + suffix
            if !used.contains(candidate) { return candidate }
            number += 1
        }
    }

    /// A service-code segment from a term's name: lower-case words joined by `_`, starting with a
    /// letter, at most 60 characters (`Legal Aid` → `legal_aid`, `211 Line` → `t_211_line`).
    static func codeSegment(_ name: String) -> String {
        var segment = ""
        for word in words(name) {
            let next = segment.isEmpty ? word : segment + "_" + word
            if next.count > 60 { break }
            segment = next
        }
        if segment.isEmpty { return "term" }
        if let first = segment.first, !first.isLetter { segment = "t_" + segment }
        return segment
    }
}
