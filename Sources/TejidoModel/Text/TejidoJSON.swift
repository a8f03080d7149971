import Foundation

/// The JSON conventions of every Tejido file and payload: snake_case keys (spelled out in each
/// type's `CodingKeys`, so map keys such as report counts pass through untouched), ISO 8601
/// timestamps, and (for encoding) sorted keys so equal values give equal bytes.
public enum TejidoJSON {
    /// A decoder for Tejido JSON.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// An encoder for Tejido JSON; `pretty` indents for people.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional key, falling back to `defaultValue` when it is absent or null: the seed
    /// files leave unknown fields out.
    func decode<T: Decodable>(_ key: Key, default defaultValue: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? defaultValue
    }
}
