/// Provenance: the document or import a record rests on, and the sentence it quotes, in the
/// document's own language. Every organization carries at least one.
public struct Source: Hashable, Sendable, Codable {
    /// The document's file name, or the import it came from (`import:hsds:2026-11-23`).
    public var document: String
    /// The exact excerpt, in the original language.
    public var quote: String?
    /// The excerpt's language.
    public var language: LanguageCode?
    /// When the document is dated.
    public var date: PartialDate?
    /// The record's id in the source system, for idempotent re-imports.
    public var sourceID: String?

    public init(document: String, quote: String? = nil, language: LanguageCode? = nil, date: PartialDate? = nil, sourceID: String? = nil) {
        self.document = document
        self.quote = quote
        self.language = language
        self.date = date
        self.sourceID = sourceID
    }

    enum CodingKeys: String, CodingKey {
        case document, quote, language, date
        case sourceID = "source_id"
    }
}
