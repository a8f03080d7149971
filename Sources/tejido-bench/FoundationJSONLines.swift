import Foundation
import TejidoInterchange
import TejidoModel

// The baseline a user would write without the project's jansson reader: read the file line by
// line and decode each line with Foundation's `JSONDecoder` (configured as `TejidoJSON.decoder()`)
// into the same `JSONLinesRecord` values, using the model types' own `Codable` conformances.
// Only what the format nests needs a wrapper: offerings and needs inside an organization leave
// out their `organization` key, so they are read as `NestedOffering` / `NestedNeed` and given the
// organization's id. The format is that of JSONLinesEncoder / EntityJSON: one object per line with
// a `type` of organization, relationship, referral, service, area or activity_report.

/// One JSON Lines record, decoded by Foundation.
struct FoundationLine: Decodable {
    let record: JSONLinesRecord

    private enum Key: String, CodingKey { case type, offerings, needs }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "organization":
            let organization = try Organization(from: decoder)
            let offerings = try container.decodeIfPresent([NestedOffering].self, forKey: .offerings) ?? []
            let needs = try container.decodeIfPresent([NestedNeed].self, forKey: .needs) ?? []
            record = .organization(
                organization, offerings: offerings.map { $0.offering(of: organization.id) }, needs: needs.map { $0.need(of: organization.id) })
        case "relationship": record = .relationship(try Relationship(from: decoder))
        case "referral": record = .referral(try Referral(from: decoder))
        case "service": record = .service(try Service(from: decoder))
        case "area": record = .area(try Area(from: decoder))
        case "activity_report": record = .activityReport(try ActivityReport(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "'\(type)' is not a record type")
        }
    }
}

/// An offering nested in its organization's line (no `organization` key).
struct NestedOffering: Decodable {
    let id: OfferingID
    let service: ServiceCode
    let description: LocalizedText?
    let languages: [LanguageCode]?
    let areas: [AreaID]?
    let capacityPerMonth: Int?
    let cost: Offering.Cost?
    let coopFluent: Bool?
    let modes: [Offering.Mode]?
    let sources: [Source]?

    enum CodingKeys: String, CodingKey {
        case id, service, description, languages, areas, capacityPerMonth = "capacity_per_month", cost, coopFluent = "coop_fluent", modes, sources
    }

    func offering(of organization: OrganizationID) -> Offering {
        Offering(
            id: id, organization: organization, service: service, description: description ?? [:], languages: languages ?? [], areas: areas ?? [],
            capacityPerMonth: capacityPerMonth, cost: cost, coopFluent: coopFluent, modes: modes ?? [], sources: sources ?? [])
    }
}

/// A need nested in its organization's line (no `organization` key).
struct NestedNeed: Decodable {
    let id: NeedID
    let service: ServiceCode
    let description: LocalizedText?
    let urgency: Need.Urgency?
    let status: Need.Status?
    let since: PartialDate?
    let sources: [Source]?

    func need(of organization: OrganizationID) -> Need {
        Need(
            id: id, organization: organization, service: service, description: description ?? [:], urgency: urgency ?? .medium, status: status ?? .open,
            since: since, sources: sources ?? [])
    }
}

/// Reads a file line by line in fixed chunks (the same `fread` + `memchr` splitting the project's
/// reader uses, so the comparison is of decoders, not of line splitting) and decodes each line
/// with one reused `JSONDecoder`.
struct FoundationJSONLinesReader {
    let url: URL

    /// Calls `body` with each record or the error that kept a line from being one, and the line's
    /// 1-based number. Blank lines are skipped.
    func forEach(_ body: (Result<JSONLinesRecord, any Error>, Int) throws -> Void) throws {
        let decoder = TejidoJSON.decoder()
        var number = 0
        try LineSplitter(url: url).forEach { line in
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            let result: Result<JSONLinesRecord, any Error>
            do {
                result = .success(try decoder.decode(FoundationLine.self, from: Data(line)).record)
            } catch {
                result = .failure(error)
            }
            try body(result, number)
        }
    }
}

/// Splits a file into lines, reading 4 MiB at a time.
struct LineSplitter {
    let url: URL

    func forEach(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let file = fopen(url.path, "rb") else { throw BenchError("cannot open \(url.path)") }
        defer { fclose(file) }
        let chunkSize = 4 << 20
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var pending: [UInt8] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunkSize, file) }
            if count == 0 { break }
            try buffer.withUnsafeBytes { chunk in
                var start = 0
                while start < count {
                    guard let newline = memchr(chunk.baseAddress! + start, 0x0A, count - start) else {
                        pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<count]))
                        return
                    }
                    let end = chunk.baseAddress!.distance(to: UnsafeRawPointer(newline))
                    if pending.isEmpty {
                        try body(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
                    } else {
                        pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
                        try pending.withUnsafeBytes { try body($0) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = end + 1
                }
            }
        }
        if !pending.isEmpty { try pending.withUnsafeBytes { try body($0) } }
    }
}

/// A failure of the bench itself.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
