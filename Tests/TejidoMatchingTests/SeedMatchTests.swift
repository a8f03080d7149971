import Foundation
import Testing
import TejidoDirectory
import TejidoInterchange
import TejidoMatching
import TejidoModel
import TejidoStore

/// The matcher on the real seed directory. The seed truthfully holds no provider of
/// finance.bookkeeping (the Chicago report names co-op-fluent bookkeepers as a gap), so the
/// bookkeeping providers below are added by the test, to a store loaded from the seed, and are
/// marked as test records.
@Suite("TejidoMatching: the seed directory")
struct SeedMatchTests {
    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seed")
    /// The seed's Spanish-speaking Chicago co-op developer and workers' centre (the seed holds no
    /// Spanish-speaking worker co-op in Chicago).
    static let client = "centro-de-trabajadores-unidos"

    static func seeded() async throws -> (SQLiteStore, Directory) {
        let store = try SQLiteStore.inMemory()
        let summary = try await store.write(try SeedLoader(directory: seedURL).load().entities.map(Mutation.upsert))
        return (store, Directory(try await store.dataset(), sequence: summary.lastSequence))
    }

    @Test("with no bookkeeper in the seed, a Spanish-speaking Chicago co-op's answer explains the gap and names what is near")
    func bookkeepingGap() async throws {
        let (_, directory) = try await Self.seeded()
        #expect(directory.entry(Self.client)?.organization.languages.map(\.primary).contains("es") == true)
        let answer = try Matcher(directory).referrals(ReferralQuery(client: Self.client, need: "finance.bookkeeping"))
        #expect(answer.items.isEmpty)
        let explanation = try #require(answer.explanation)
        #expect(explanation.text.hasPrefix("No provider offers Bookkeeping (finance.bookkeeping) or a broader or narrower service"))
        // The nearest thing offered is a related finance service, far from Chicago; and a Chicago network needs bookkeeping too.
        #expect(explanation.text.contains("1 offers a related service (Financial management and competitiveness)"))
        #expect(explanation.text.contains("1 organization has an open need for it"))
        #expect(explanation.removedBy == .area)
        #expect(explanation.nearest.map(\.organization.slug.rawValue) == ["ciescoop"])
        #expect(explanation.text.contains("nearest: Centro Internacional de Economía Social y Cooperativa ("))

        let spanish = try Matcher(directory).referrals(ReferralQuery(client: Self.client, need: "finance.bookkeeping", language: "es"))
        #expect(spanish.explanation?.text.hasPrefix("Ninguna organización ofrece Teneduría de libros (finance.bookkeeping)") == true)
    }

    @Test("the snapshot reports its hot bytes, within the budget of 200 per organization, and counts the overlay's")
    func memoryFootprint() async throws {
        let (store, directory) = try await Self.seeded()
        let footprint = directory.memoryFootprint
        #expect(footprint.organizations == directory.count)
        #expect(footprint.overlayBytes < footprint.baseBytes)
        #expect(footprint.bytesPerOrganization > 0 && footprint.bytesPerOrganization <= 200, "\(footprint)")
        let fellowship = try #require(directory.entry("chicago-worker-cooperative-developer-fellowship")).organization.id
        _ = try await store.write(Self.testProviders(fellowship: fellowship))
        let next = directory.applying(try await store.changes(after: directory.sequence, limit: 1000))
        #expect(next.memoryFootprint.organizations == directory.count + 3)
        #expect(next.memoryFootprint.overlayBytes > footprint.overlayBytes)
        #expect(next.memoryFootprint.baseBytes == footprint.baseBytes)
    }

    /// Three test-only bookkeeping providers: a Spanish-speaking co-op-fluent one serving Chicago,
    /// an English-only one in Chicago, and a Spanish-speaking one in Santiago de Chile.
    static func testProviders(fellowship: OrganizationID) -> [Mutation] {
        func id(_ slug: String) -> OrganizationID { OrganizationID(NameBasedUUID.make("test:organization:" + slug)) }
        func organization(_ slug: String, _ name: String, languages: [LanguageCode], area: AreaID, country: String, lat: Double, lon: Double) -> Mutation {
            .upsert(.organization(Organization(
                id: id(slug), slug: Slug(slug), name: name, kinds: [.taProvider],
                locations: [Location(locality: "Test", country: country, lat: lat, lon: lon, area: area)], serviceAreas: [area], languages: languages,
                sources: [Source(document: "test fixture, not part of the seed")])))
        }
        func offering(_ slug: String, capacity: Int?, cost: Offering.Cost?, coopFluent: Bool?) -> Mutation {
            .upsert(.offering(Offering(
                id: OfferingID(NameBasedUUID.make("test:offering:" + slug)), organization: id(slug), service: "finance.bookkeeping", capacityPerMonth: capacity,
                cost: cost, coopFluent: coopFluent)))
        }
        return [
            organization("test-libros-chicago", "Test Libros Chicago", languages: ["es", "en"], area: "us-il-chicago", country: "US", lat: 41.85, lon: -87.68),
            offering("test-libros-chicago", capacity: 4, cost: .slidingScale, coopFluent: true),
            organization("test-english-books", "Test English Books", languages: ["en"], area: "us-il-chicago", country: "US", lat: 41.88, lon: -87.63),
            offering("test-english-books", capacity: nil, cost: .paid, coopFluent: nil),
            organization("test-libros-santiago", "Test Libros Santiago", languages: ["es"], area: "cl-rm-santiago", country: "CL", lat: -33.45, lon: -70.67),
            offering("test-libros-santiago", capacity: 10, cost: .free, coopFluent: true),
            .upsert(.relationship(Relationship(
                id: RelationshipID(NameBasedUUID.make("test:relationship:test-libros-chicago:fellowship")), kind: .memberOf, from: id("test-libros-chicago"),
                to: fellowship))),
        ]
    }

    @Test("test-only bookkeepers added to the seed are offered, ranked as expected, and every reason is true of the provider it names")
    func addedBookkeepers() async throws {
        let (store, directory) = try await Self.seeded()
        let fellowship = try #require(directory.entry("chicago-worker-cooperative-developer-fellowship")).organization.id
        _ = try await store.write(Self.testProviders(fellowship: fellowship))
        let current = directory.applying(try await store.changes(after: directory.sequence, limit: 1000))
        let matcher = Matcher(current)

        let answer = try matcher.referrals(ReferralQuery(client: Self.client, need: "finance.bookkeeping"))
        #expect(answer.items.map(\.provider.slug.rawValue) == ["test-libros-chicago", "test-english-books"])
        #expect(answer.items.allSatisfy { $0.service == "finance.bookkeeping" })
        #expect(answer.excluded[.area] == 1)
        #expect(answer.items[0].reasons.contains("is a member of Chicago Worker Cooperative Developer Fellowship, as you are"))
        #expect(answer.items[0].reasons.contains("works in Spanish and English"))
        #expect(answer.items[1].reasons.contains("works in English"))

        let everywhere = try matcher.referrals(ReferralQuery(client: Self.client, need: "finance.bookkeeping", relaxed: [.area]))
        // Relaxed, the area is a warning, not a bar: the far provider's fluency, language and cost lift it above the English-only one.
        #expect(everywhere.items.map(\.provider.slug.rawValue) == ["test-libros-chicago", "test-libros-santiago", "test-english-books"])
        #expect(everywhere.items[1].reasons.first?.hasPrefix("does not serve Chicago and is ") == true)
        #expect(MatchFixture.value(.geographicFit, everywhere.items[1]) < 0.01)

        let client = try #require(current.entry(Self.client))
        for item in everywhere.items {
            let provider = try #require(current.entry(item.provider.id))
            for reason in item.reasons {
                #expect(ReasonCheck(directory: current, client: client, provider: provider, service: item.service).holds(reason), "\(item.provider.slug): \(reason)")
            }
        }
    }
}

/// Checks one English reason against the records it speaks of.
struct ReasonCheck {
    let directory: Directory
    let client: OrganizationEntry
    let provider: OrganizationEntry
    let service: ServiceCode

    var offering: Offering? { provider.offerings.first { $0.service == service } }
    var languageNames: [String: String] { ["English": "en", "Spanish": "es", "Catalan": "ca", "Greek": "el"] }

    func label(_ code: ServiceCode) -> String? { directory.taxonomy.service(code)?.label("en") }
    func area(named name: String) -> Area? { directory.areas.areas.first { $0.name("en") == name } }
    func name(_ id: OrganizationID) -> String? { directory.entry(id)?.organization.name }

    func distance() -> Double? {
        guard let a = client.organization.locations.first, let b = provider.organization.locations.first, let lat1 = a.lat, let lon1 = a.lon, let lat2 = b.lat,
            let lon2 = b.lon
        else { return nil }
        let r = Double.pi / 180
        let h = pow(sin((lat2 - lat1) * r / 2), 2) + cos(lat1 * r) * cos(lat2 * r) * pow(sin((lon2 - lon1) * r / 2), 2)
        return 2 * 6371.0088 * asin(min(1, h.squareRoot()))
    }

    func holds(_ reason: String) -> Bool {
        let served = offering?.areas.isEmpty == false ? offering!.areas : provider.organization.serviceAreas
        let languages = (offering?.languages.isEmpty == false ? offering!.languages : provider.organization.languages).map(\.primary)
        if reason.hasPrefix("offers ") {
            return reason.hasPrefix("offers \(label(service) ?? "?")")
        }
        if reason.hasPrefix("works in ") {
            let names = reason.dropFirst("works in ".count).replacingOccurrences(of: " and ", with: ", ").components(separatedBy: ", ")
            return names.allSatisfy { name in
                languageNames[name].map { languages.contains($0) && client.organization.languages.map(\.primary).contains($0) } ?? false
            }
        }
        if reason.hasPrefix("serves ") {
            let name = String(reason.dropFirst("serves ".count).prefix { $0 != "," })
            guard let area = area(named: name) else { return false }
            return served.contains(area.id)
        }
        if reason.hasPrefix("is "), reason.hasSuffix(" km away"), let km = Double(reason.dropFirst(3).dropLast(8)), let distance = distance() {
            return abs(distance - km) <= 0.5
        }
        if reason.hasPrefix("does not serve ") {
            let parts = reason.dropFirst("does not serve ".count).components(separatedBy: " and is ")
            guard let area = area(named: parts[0]), let distance = distance(), parts.count == 2, let km = Double(parts[1].dropLast(8)) else { return false }
            return !served.contains { directory.areas.ancestors(of: area.id).contains($0) || $0 == area.id } && abs(distance - km) <= 0.5
        }
        switch reason {
        case "is co-op fluent": return offering?.coopFluent == true
        case "is expert in co-ops": return provider.organization.coopFluency?.level == .expert
        case "knows co-ops somewhat": return provider.organization.coopFluency?.level == .some
        case "is free": return offering?.cost == .free
        case "charges on a sliding scale": return offering?.cost == .slidingScale
        case "is paid": return offering?.cost == .paid
        default: break
        }
        if reason.hasSuffix(" places free this month") {
            let numbers = reason.split(separator: " ").compactMap { Int($0) }
            return numbers.count == 2 && offering?.capacityPerMonth == numbers[1] && numbers[0] == numbers[1] - (provider.referrals.open[service] ?? 0)
        }
        if reason.hasPrefix("is a member of "), reason.hasSuffix(", as you are") {
            let middle = String(reason.dropFirst("is a member of ".count).dropLast(", as you are".count))
            let providerIsMember = provider.relationships.contains { $0.kind == .memberOf && $0.from == provider.organization.id && name($0.to) == middle }
            let clientIsMember = client.relationships.contains { $0.kind == .memberOf && $0.from == client.organization.id && name($0.to) == middle }
            return providerIsMember && clientIsMember
        }
        if reason.hasPrefix("worked with "), reason.hasSuffix(", who worked with you") {
            let middle = String(reason.dropFirst("worked with ".count).dropLast(", who worked with you".count))
            let kinds: Set<Relationship.Kind> = [.collaboratedWith]
            return provider.relationships.contains { kinds.contains($0.kind) && name($0.from == provider.organization.id ? $0.to : $0.from) == middle }
                && client.relationships.contains { kinds.contains($0.kind) && name($0.from == client.organization.id ? $0.to : $0.from) == middle }
        }
        if reason.contains(" referrals met") {
            let numbers = reason.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return numbers.count >= 2 && numbers[0] == provider.referrals.met && numbers[1] == provider.referrals.decided
        }
        return false
    }
}
