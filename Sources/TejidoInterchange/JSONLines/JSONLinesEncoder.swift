import Foundation
import TejidoModel

/// Writes records as Tejido JSON Lines: one compact object per line with a `type`, in the
/// canonical form of ``EntityJSON`` (organizations carry their offerings and needs). The rare
/// kinds (services, areas, reports) go through `JSONEncoder` with sorted keys.
public struct JSONLinesEncoder {
    public init() {}

    /// The record as one line, newline included.
    public func encode(_ record: JSONLinesRecord) throws -> [UInt8] {
        var writer = JSONWriter()
        switch record {
        case .organization(let organization, let offerings, let needs):
            EntityJSON.write(organization, nested: (offerings, needs), into: &writer)
        case .relationship(let relationship):
            EntityJSON.write(relationship, type: true, into: &writer)
        case .referral(let referral):
            EntityJSON.write(referral, type: true, into: &writer)
        case .service(let value): return try slow("service", value)
        case .area(let value): return try slow("area", value)
        case .activityReport(let value): return try slow("activity_report", value)
        }
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes
    }

    private func slow(_ type: String, _ value: some Encodable) throws -> [UInt8] {
        let body = try TejidoJSON.encoder().encode(value)
        return Array("{\"type\":\"\(type)\"".utf8) + (body.count > 2 ? [UInt8(ascii: ",")] : []) + Array(body.dropFirst()) + [UInt8(ascii: "\n")]
    }
}
