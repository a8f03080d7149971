import Foundation
import TejidoModel

/// Decodes one JSON value (a record of a seed or import file) into a model type, turning a
/// `DecodingError` into a field path and a message a person can act on.
enum JSONRecordDecoder {
    /// The record decoded, or the field that failed and why.
    static func decode<T: Decodable>(_ type: T.Type, from object: Any) -> Result<T, ValidationIssue> {
        do {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed])
            return .success(try TejidoJSON.decoder().decode(T.self, from: data))
        } catch let error as DecodingError {
            return .failure(issue(for: error))
        } catch {
            return .failure(ValidationIssue("", "is not valid JSON: \(error)"))
        }
    }

    /// The field path and message of a decoding error.
    static func issue(for error: DecodingError) -> ValidationIssue {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(into: "") { result, key in
                if let index = key.intValue {
                    result += "[\(index)]"
                } else {
                    result += (result.isEmpty ? "" : ".") + key.stringValue
                }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ValidationIssue(path(context.codingPath + [key]), "is required but missing")
        case .valueNotFound(_, let context):
            return ValidationIssue(path(context.codingPath), "is required but null")
        case .typeMismatch(let type, let context):
            return ValidationIssue(path(context.codingPath), "has the wrong type; expected \(describe(type))")
        case .dataCorrupted(let context):
            let message = context.debugDescription.hasPrefix("Cannot initialize")
                ? "has a value that is not allowed: \(context.debugDescription.replacingOccurrences(of: "Cannot initialize ", with: ""))"
                : context.debugDescription
            return ValidationIssue(path(context.codingPath), message)
        @unknown default:
            return ValidationIssue("", "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "\(type)"
        }
    }
}
