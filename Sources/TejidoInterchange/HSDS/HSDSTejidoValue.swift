import Foundation
import TejidoModel

/// Reads the value of a Tejido attribute or metadata row: JSON through Tejido's own Codable
/// types, or plain text.
enum HSDSTejidoValue {
    /// `text` decoded as `type`, or the field path and reason it could not be.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> Result<T, ValidationIssue> {
        do {
            return .success(try TejidoJSON.decoder().decode(T.self, from: Data(text.utf8)))
        } catch let error as DecodingError {
            return .failure(JSONRecordDecoder.issue(for: error))
        } catch {
            return .failure(ValidationIssue("", "is not valid JSON"))
        }
    }

    /// `true` or `false`.
    static func bool(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }
}
