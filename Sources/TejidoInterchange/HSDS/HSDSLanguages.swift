import Foundation
import TejidoModel

/// Reads an HSDS `language` (`code`: ISO 639-1 or 639-3, `name`: free text) as a Tejido BCP 47
/// tag. Tejido matches on the primary subtag, so three-letter codes of languages that have a
/// two-letter one are shortened (`eng` → `en`, `spa` → `es`), and a name alone is looked up among
/// common languages in English and in their own language.
enum HSDSLanguages {
    /// The tag for `code` or, failing that, `name`; `nil` when neither gives a language.
    static func tag(code: String?, name: String?) -> LanguageCode? {
        if let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            let parts = code.replacingOccurrences(of: "_", with: "-").split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            var primary = parts[0].lowercased()
            if primary.count == 3, let short = shortCodes[primary] { primary = short }
            let tag = LanguageCode(([primary] + parts.dropFirst()).joined(separator: "-"))
            if tag.isValid { return tag }
        }
        if let name = name?.trimmingCharacters(in: .whitespaces).lowercased(), !name.isEmpty {
            if let code = byName[name] { return LanguageCode(code) }
            let folded = TextFolding.fold(name)
            if let code = byName.first(where: { TextFolding.fold($0.key) == folded })?.value { return LanguageCode(code) }
        }
        return nil
    }

    /// ISO 639-2/B, 639-2/T and 639-3 codes of languages with an ISO 639-1 code.
    static let shortCodes: [String: String] = [
        "eng": "en", "spa": "es", "cat": "ca", "ell": "el", "gre": "el", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "ita": "it",
        "por": "pt", "nld": "nl", "dut": "nl", "zho": "zh", "chi": "zh", "jpn": "ja", "kor": "ko", "ara": "ar", "rus": "ru", "ukr": "uk",
        "pol": "pl", "urd": "ur", "hin": "hi", "ben": "bn", "pan": "pa", "vie": "vi", "tgl": "tl", "fas": "fa", "per": "fa", "tur": "tr",
        "heb": "he", "swa": "sw", "som": "so", "amh": "am", "hat": "ht", "ron": "ro", "rum": "ro", "hun": "hu", "ces": "cs", "cze": "cs",
        "slk": "sk", "slo": "sk", "bul": "bg", "hrv": "hr", "srp": "sr", "sqi": "sq", "alb": "sq", "eus": "eu", "baq": "eu", "glg": "gl",
        "swe": "sv", "nor": "no", "dan": "da", "fin": "fi", "gle": "ga", "cym": "cy", "wel": "cy", "tha": "th", "khm": "km", "lao": "lo",
        "mya": "my", "bur": "my", "nep": "ne", "tam": "ta", "tel": "te", "guj": "gu", "mar": "mr", "msa": "ms", "may": "ms", "ind": "id",
        "hmn": "hmn", "yid": "yi", "que": "qu", "grn": "gn", "aym": "ay",
    ]

    /// Language names, in English and in the language itself, lower-case.
    static let byName: [String: String] = [
        "english": "en", "spanish": "es", "español": "es", "castellano": "es", "catalan": "ca", "català": "ca", "greek": "el", "ελληνικά": "el",
        "french": "fr", "français": "fr", "german": "de", "deutsch": "de", "italian": "it", "italiano": "it", "portuguese": "pt", "português": "pt",
        "dutch": "nl", "chinese": "zh", "mandarin": "zh", "cantonese": "yue", "japanese": "ja", "korean": "ko", "arabic": "ar", "russian": "ru",
        "ukrainian": "uk", "polish": "pl", "urdu": "ur", "hindi": "hi", "bengali": "bn", "punjabi": "pa", "vietnamese": "vi", "tagalog": "tl",
        "filipino": "fil", "persian": "fa", "farsi": "fa", "turkish": "tr", "hebrew": "he", "swahili": "sw", "somali": "so", "amharic": "am",
        "haitian creole": "ht", "romanian": "ro", "hungarian": "hu", "czech": "cs", "slovak": "sk", "bulgarian": "bg", "croatian": "hr",
        "serbian": "sr", "albanian": "sq", "basque": "eu", "euskara": "eu", "galician": "gl", "galego": "gl", "swedish": "sv", "norwegian": "no",
        "danish": "da", "finnish": "fi", "irish": "ga", "welsh": "cy", "thai": "th", "khmer": "km", "lao": "lo", "burmese": "my", "nepali": "ne",
        "tamil": "ta", "telugu": "te", "gujarati": "gu", "marathi": "mr", "malay": "ms", "indonesian": "id", "hmong": "hmn", "yiddish": "yi",
        "quechua": "qu", "guarani": "gn", "aymara": "ay", "mapudungun": "arn", "american sign language": "ase", "asl": "ase",
    ]
}
