import Foundation
import TejidoModel

/// Prints a value as Tejido JSON (snake_case, sorted keys, indented).
func printJSON(_ value: some Encodable) throws {
    let data = try TejidoJSON.encoder(pretty: true).encode(value)
    print(String(decoding: data, as: UTF8.self))
}
