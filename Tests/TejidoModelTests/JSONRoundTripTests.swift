import Foundation
import Testing
import TejidoModel

// Every record survives Tejido's JSON unchanged, with snake_case keys, sorted keys, and map keys
// (report counts, areas) passed through as written.

private let dawi = OrganizationID(NameBasedUUID.make("tejido:organization:democracy-at-work-institute"))
private let kola = OrganizationID(NameBasedUUID.make("tejido:organization:kola-nut-collaborative"))
private let source = Source(document: "000_60b6580ecf5d1d37.txt", quote: "Zen Trenholm", language: "en", date: "2024-02-01", sourceID: "r1")

private enum Samples {
    static let service = Service(
        code: "finance.bookkeeping", parent: "finance", labels: ["en": "Bookkeeping", "el": "Τήρηση βιβλίων", "ca": "Teneduria de llibres"],
        synonyms: ["es": ["contabilidad", "tenedor de libros"], "el": ["λογιστική"]], description: ["en": "Keeping the books."])

    static let area = Area(
        id: "us-il-chicago-englewood", kind: .communityArea, parent: "us-il-chicago", names: ["en": "Englewood"],
        centroid: .init(lat: 41.7798, lon: -87.6459), sources: [source])

    static let organization = Organization(
        id: dawi, slug: "democracy-at-work-institute", name: "Democracy at Work Institute",
        alternateNames: [.init(name: "DAWI", language: "en", kind: .acronym), .init(name: "Instituto Democracia en el Trabajo", language: "es", kind: .translation)],
        description: ["en": "Technical assistance.", "es": "Asistencia técnica."], kinds: [.coopDeveloper, .taProvider], legalForm: "501(c)(3)",
        stage: .existing, sectors: ["research"], website: "https://institute.coop", email: "info@institute.coop", phone: "+1 510 555 0100",
        locations: [Location(address: "1 Broadway", locality: "Oakland", region: "California", country: "US", lat: 37.8044, lon: -122.2712, area: "us-ca-oakland")],
        serviceAreas: ["us", "us-il-chicago"], languages: ["en", "es-US"], populationsServed: ["women"], coopFluency: .init(level: .expert, coopClients: 40),
        acceptsReferrals: false, contacts: [.init(name: "Zen Trenholm", role: "fellowship lead", email: "zen@institute.coop", phone: "+1")], sources: [source])

    static let offering = Offering(
        id: OfferingID(NameBasedUUID.make("tejido:offering:democracy-at-work-institute:training.train_the_trainers")), organization: dawi,
        service: "training.train_the_trainers", description: ["en": "Fellowship."], languages: ["en"], areas: ["us-il-chicago"], capacityPerMonth: 0,
        cost: .slidingScale, coopFluent: false, modes: [.remote, .inPerson], sources: [source])

    static let need = Need(
        id: NeedID(NameBasedUUID.make("tejido:need:kola-nut-collaborative:capital.loans")), organization: kola, service: "capital.loans",
        description: ["en": "A loan."], urgency: .high, status: .matched, since: "2023-11", sources: [source])

    static let relationship = Relationship(
        id: RelationshipID(NameBasedUUID.make("tejido:relationship:democracy-at-work-institute:collaborated_with:kola-nut-collaborative")),
        kind: .collaboratedWith, from: dawi, to: kola, since: "2023", until: "2024-01-31", weight: 0.75, note: ["en": "Fellowship"], sources: [source])

    static let referral = Referral(
        id: ReferralID(NameBasedUUID.make("tejido:referral:1")), referrer: dawi, client: kola,
        provider: OrganizationID(NameBasedUUID.make("tejido:organization:upside-down-consulting")), service: "finance.bookkeeping",
        need: NeedID(NameBasedUUID.make("tejido:need:kola-nut-collaborative:finance.bookkeeping")), message: "Hola", notes: "private",
        status: .completed, outcome: .init(result: .partly, rating: 4),
        history: [
            .init(status: .sent, at: Date(timeIntervalSince1970: 1_704_067_200)),
            .init(status: .accepted, at: Date(timeIntervalSince1970: 1_704_153_600)),
            .init(status: .completed, at: Date(timeIntervalSince1970: 1_706_745_600)),
        ])

    static let report = ActivityReport(
        id: ActivityReportID(NameBasedUUID.make("tejido:activity-report:democracy-at-work-institute:2024-01-01")), reportingOrganization: dawi,
        convener: kola, periodStart: "2024-01-01", periodEnd: "2024-01-31", submittedOn: "2024-02-05", submittedBy: "Zen Trenholm",
        counts: ["individual_consulting_sessions": 4, "fellowship_webinar_attendees": 17, "new_fellows_confirmed": 0, "coopsServedInPerson": 2],
        participantsByArea: ["us-il-chicago-englewood": 3, "us-il-chicago": 9], organizationsWorkedWith: [kola],
        needsExpressed: [.init(text: ["en": "Bookkeeping"], services: ["finance.bookkeeping"])],
        gapsObserved: [.init(text: ["es": "Abogados"], services: ["legal"])],
        demographics: .init(raceEthnicity: ["Black", "Latinx"], gender: ["women"], ageRanges: ["18-24"], notes: ["en": "Mostly youth"]),
        sources: [source])
}

private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
    try TejidoJSON.decoder().decode(T.self, from: TejidoJSON.encoder().encode(value))
}

private func object(_ value: some Encodable) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: TejidoJSON.encoder().encode(value)) as? [String: Any])
}

@Suite("JSON round trip")
struct JSONRoundTripTests {
    @Test("a service round-trips") func service() throws { #expect(try roundTrip(Samples.service) == Samples.service) }
    @Test("an area round-trips") func area() throws { #expect(try roundTrip(Samples.area) == Samples.area) }
    @Test("an organization round-trips, contacts included") func organization() throws { #expect(try roundTrip(Samples.organization) == Samples.organization) }
    @Test("an offering round-trips") func offering() throws { #expect(try roundTrip(Samples.offering) == Samples.offering) }
    @Test("a need round-trips") func need() throws { #expect(try roundTrip(Samples.need) == Samples.need) }
    @Test("a relationship round-trips") func relationship() throws { #expect(try roundTrip(Samples.relationship) == Samples.relationship) }
    @Test("a referral round-trips, history timestamps included") func referral() throws { #expect(try roundTrip(Samples.referral) == Samples.referral) }
    @Test("an activity report round-trips") func report() throws { #expect(try roundTrip(Samples.report) == Samples.report) }

    @Test("a minimal organization round-trips with its defaults")
    func minimal() throws {
        let organization = Organization(id: kola, slug: "kola-nut-collaborative", name: "Kola Nut Collaborative", kinds: [.workerCoop], sources: [source])
        #expect(try roundTrip(organization) == organization)
    }

    @Test("every entity kind round-trips through its payload")
    func entities() throws {
        let entities: [Entity] = [
            .service(Samples.service), .area(Samples.area), .organization(Samples.organization), .offering(Samples.offering), .need(Samples.need),
            .relationship(Samples.relationship), .referral(Samples.referral), .activityReport(Samples.report),
        ]
        #expect(Set(entities.map(\.kind)) == Set(EntityKind.allCases))
        for entity in entities {
            let payload = try entity.payload()
            #expect(try Entity.decode(entity.kind, payload: payload) == entity, "\(entity.kind)")
            #expect(try Entity.decode(entity.kind, payload: payload).payload() == payload, "\(entity.kind)")
        }
    }

    @Test("report count keys such as individual_consulting_sessions survive unchanged")
    func countKeys() throws {
        let json = try object(Samples.report)
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts == ["individual_consulting_sessions": 4, "fellowship_webinar_attendees": 17, "new_fellows_confirmed": 0, "coopsServedInPerson": 2])
        let areas = try #require(json["participants_by_area"] as? [String: Int])
        #expect(areas == ["us-il-chicago-englewood": 3, "us-il-chicago": 9])
        #expect(try roundTrip(Samples.report).counts["individual_consulting_sessions"] == 4)
    }

    @Test("count keys written in a file are read as written")
    func countKeysFromFile() throws {
        let text = """
            {"id": "\(Samples.report.id)", "reporting_org": "\(dawi)", "period_start": "2024-01-01", "period_end": "2024-01-31",
             "counts": {"individual_consulting_sessions": 4, "fellowship_webinar_attendees": 17}}
            """
        let report = try TejidoJSON.decoder().decode(ActivityReport.self, from: Data(text.utf8))
        #expect(report.counts == ["individual_consulting_sessions": 4, "fellowship_webinar_attendees": 17])
        #expect(report.participantsByArea.isEmpty && report.sources.isEmpty && report.demographics == nil)
    }

    @Test("keys are snake_case")
    func snakeCase() throws {
        let organization = try object(Samples.organization)
        for key in ["alternate_names", "service_areas", "populations_served", "coop_fluency", "accepts_referrals", "legal_form"] {
            #expect(organization[key] != nil, "\(key)")
        }
        #expect((organization["coop_fluency"] as? [String: Any])?["coop_clients"] as? Int == 40)
        #expect(try object(Samples.offering)["capacity_per_month"] as? Int == 0)
        #expect(try object(Samples.offering)["coop_fluent"] as? Bool == false)
        let report = try object(Samples.report)
        for key in ["reporting_org", "period_start", "period_end", "submitted_on", "submitted_by", "organizations_worked_with", "needs_expressed", "gaps_observed"] {
            #expect(report[key] != nil, "\(key)")
        }
        #expect((report["demographics"] as? [String: Any])?["race_ethnicity"] != nil)
        #expect((report["demographics"] as? [String: Any])?["age_ranges"] != nil)
        #expect(((try object(Samples.organization)["sources"] as? [[String: Any]])?.first?["source_id"]) as? String == "r1")
    }

    @Test("enum values are their snake_case strings")
    func enumValues() throws {
        #expect(try object(Samples.relationship)["kind"] as? String == "collaborated_with")
        #expect(try object(Samples.offering)["cost"] as? String == "sliding_scale")
        #expect(try object(Samples.offering)["modes"] as? [String] == ["remote", "in_person"])
        #expect(try object(Samples.area)["kind"] as? String == "community_area")
        #expect(try object(Samples.organization)["kinds"] as? [String] == ["coop_developer", "ta_provider"])
    }

    @Test("ids are lowercase UUID strings and timestamps ISO 8601")
    func idsAndDates() throws {
        let referral = try object(Samples.referral)
        #expect(referral["id"] as? String == Samples.referral.id.description)
        #expect(referral["id"] as? String == (referral["id"] as? String)?.lowercased())
        let history = try #require(referral["history"] as? [[String: Any]])
        #expect(history.first?["at"] as? String == "2024-01-01T00:00:00Z")
    }

    @Test("encoding is canonical: equal values give equal bytes, keys sorted")
    func canonical() throws {
        var copy = Samples.organization
        copy.description = ["es": "Asistencia técnica.", "en": "Technical assistance."]
        #expect(try TejidoJSON.encoder().encode(copy) == TejidoJSON.encoder().encode(Samples.organization))
        let text = String(decoding: try TejidoJSON.encoder().encode(Samples.need), as: UTF8.self)
        #expect(text.hasPrefix(#"{"description":{"en":"A loan."},"id":""#))
        #expect(String(decoding: try TejidoJSON.encoder().encode(Samples.organization), as: UTF8.self).contains("https://institute.coop"))
    }

    @Test("a record with a malformed id does not decode")
    func badID() {
        let text = #"{"id": "not-a-uuid", "slug": "x1", "name": "X", "kinds": ["other"], "sources": [{"document": "d"}]}"#
        #expect(throws: DecodingError.self) { try TejidoJSON.decoder().decode(Organization.self, from: Data(text.utf8)) }
    }
}

@Suite("JSON writer strings")
struct JSONWriterStringTests {
    @Test("quotes, backslashes and control characters are escaped, everything else is copied, and a JSON reader gets the text back")
    func escapes() throws {
        let texts = ["", "plain", "Συνεταιριστική \"Καλό\"", "a\\b", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}\u{7F}", "ends with \\", "\"", "😀 col·lectiu"]
        for text in texts {
            var writer = JSONWriter()
            writer.beginArray()
            writer.string(text)
            writer.endArray()
            #expect(try JSONDecoder().decode([String].self, from: Data(writer.bytes)) == [text])
        }
        var writer = JSONWriter()
        writer.string("a\"b\\c\nd\u{1}é")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""a\"b\\c\nd\u0001é""#)
    }

    @Test("numbers are written as Swift spells them: whole numbers without a fraction, others in the shortest form")
    func numbers() {
        let integers = [0, 1, -1, 9, 10, 99, 100, 12_345, -987_654_321, Int.max, Int.min]
        for value in integers {
            var writer = JSONWriter()
            writer.int(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
        }
        let doubles = [0.0, -0.0, 1.0, -3.0, 44.52329, -11.33425, 0.1, 1e14, 999_999_999_999_999.0, 1e15, 1e300, -2.5e-8]
        for value in doubles {
            var writer = JSONWriter()
            writer.double(value)
            let expected = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
        }
    }

    @Test("ids are written as their canonical quoted text")
    func ids() throws {
        for _ in 0..<200 {
            let id = UUID()
            var writer = JSONWriter()
            writer.beginArray()
            writer.uuid(id)
            writer.uuid(id)
            writer.endArray()
            let text = id.uuidString.lowercased()
            #expect(String(decoding: writer.bytes, as: UTF8.self) == "[\"\(text)\",\"\(text)\"]")
        }
    }
}
