import Foundation
import TejidoModel

/// Generates a realistic synthetic directory for tests and benchmarks, deterministically: the
/// same organization count, seed and taxonomy always give the same records, byte for byte.
///
/// What makes it realistic: organizations cluster in neighbourhoods of real cities; they speak
/// their city's languages with realistic overlap; providers offer services drawn with skewed
/// popularity from the real taxonomy, with capacities and co-op fluency; co-ops have 0–3 open
/// needs; relationships follow a power law (preferential attachment, mostly within a city, about
/// five per organization); and past referrals have outcomes that depend on each provider's
/// hidden quality, so track records mean something.
public struct DirectoryGenerator {
    public let organizations: Int
    public let seed: UInt64
    let taxonomy: Taxonomy
    let cities = GeneratorCity.all
    static let neighbourhoodsPerCity = 12
    static let document = "generated"

    public init(organizations: Int, seed: UInt64, taxonomy: Taxonomy) {
        self.organizations = organizations
        self.seed = seed
        self.taxonomy = taxonomy
    }

    /// What each generated organization is, kept compactly to build edges and referrals after.
    private struct Profile {
        var city: UInt8
        var neighbourhood: UInt8
        var isProvider: Bool
        var isConnector: Bool
    }

    /// Streams every record to `emit`, in an order an import can follow: services, areas,
    /// organizations, relationships, referrals.
    public func generate(_ emit: (JSONLinesRecord) throws -> Void) throws {
        var random = SplitMix64(seed: seed)
        for service in taxonomy.services { try emit(.service(service)) }
        for area in areas() { try emit(.area(area)) }

        let leaves = taxonomy.services.filter { service in !taxonomy.services.contains { $0.parent == service.code } }.map(\.code)
        // Service popularity: a seeded shuffle, then Zipf over that order.
        var popularity = leaves
        popularity.shuffle(using: &random)
        let cityWeights = cities.map(\.weight)
        let cityTotal = cityWeights.reduce(0, +)

        var profiles: [Profile] = []
        profiles.reserveCapacity(organizations)
        var providersByService = [[UInt32]](repeating: [], count: popularity.count)
        var needsOf: [[UInt16]] = []
        needsOf.reserveCapacity(organizations)
        var byCity = [[UInt32]](repeating: [], count: cities.count)

        for index in 0..<organizations {
            var pick = random.unit() * cityTotal
            var city = 0
            while pick >= cityWeights[city] && city < cities.count - 1 {
                pick -= cityWeights[city]
                city += 1
            }
            let neighbourhood = random.zipf(Self.neighbourhoodsPerCity, exponent: 0.8)
            let kind = Self.kind(random.unit())
            let isProvider = !kind.isCooperative
            let (organization, offeredServices) = makeOrganization(index, city: city, neighbourhood: neighbourhood, kind: kind, popularity: popularity, random: &random)
            var needs: [Need] = []
            var needIndexes: [UInt16] = []
            let needCount = kind.isCooperative ? random.int(0..<4) : (random.chance(0.2) ? 1 : 0)
            for _ in 0..<needCount {
                let service = random.zipf(popularity.count)
                if needIndexes.contains(UInt16(service)) { continue }
                needIndexes.append(UInt16(service))
                needs.append(Need(
                    id: NeedID(Self.uuid(seed, 3, UInt64(index) << 8 | UInt64(needs.count))), organization: organization.id, service: popularity[service],
                    urgency: [.low, .medium, .medium, .high][random.int(0..<4)], status: .open,
                    since: PartialDate("\(2023 + random.int(0..<3))-\(String(format: "%02d", 1 + random.int(0..<12)))-\(String(format: "%02d", 1 + random.int(0..<28)))")))
            }
            var offerings: [Offering] = []
            for (position, service) in offeredServices.enumerated() {
                providersByService[service].append(UInt32(index))
                offerings.append(Offering(
                    id: OfferingID(Self.uuid(seed, 2, UInt64(index) << 8 | UInt64(position))), organization: organization.id, service: popularity[service],
                    languages: organization.languages, areas: organization.serviceAreas,
                    capacityPerMonth: random.chance(0.1) ? 0 : 1 + random.zipf(20, exponent: 0.7),
                    cost: [.free, .slidingScale, .paid][random.int(0..<3)],
                    coopFluent: random.chance(kind == .coopDeveloper || kind == .supportCentre ? 0.9 : 0.3),
                    modes: random.chance(0.4) ? [.inPerson, .remote] : [.inPerson]))
            }
            profiles.append(Profile(city: UInt8(city), neighbourhood: UInt8(neighbourhood), isProvider: isProvider, isConnector: kind == .coopDeveloper || kind == .supportCentre || kind == .networkFederation))
            needsOf.append(needIndexes)
            byCity[city].append(UInt32(index))
            try emit(.organization(organization, offerings: offerings, needs: needs))
        }

        try relationships(profiles: profiles, byCity: byCity, random: &random, emit)
        try referrals(profiles: profiles, needsOf: needsOf, providersByService: providersByService, popularity: popularity, byCity: byCity, random: &random, emit)
    }

    // MARK: Organizations

    static func uuid(_ seed: UInt64, _ stream: UInt64, _ index: UInt64) -> UUID {
        let high = SplitMix64.hash(seed ^ stream << 56, index), low = SplitMix64.hash(seed ^ stream << 56 ^ 0xA5A5, index)
        var bytes = withUnsafeBytes(of: high.bigEndian) { Array($0) } + withUnsafeBytes(of: low.bigEndian) { Array($0) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// The id of the organization at `index`, computable without having generated it.
    func organizationID(_ index: Int) -> OrganizationID { OrganizationID(Self.uuid(seed, 1, UInt64(index))) }

    static func kind(_ u: Double) -> OrganizationKind {
        let table: [(Double, OrganizationKind)] = [
            (0.40, .workerCoop), (0.07, .consumerCoop), (0.05, .housingCoop), (0.04, .socialCoop), (0.05, .coopDeveloper), (0.10, .taProvider),
            (0.10, .businessServiceOrg), (0.03, .lenderCDFI), (0.02, .municipality), (0.05, .supportCentre), (0.03, .networkFederation),
            (0.02, .funder), (0.02, .university), (0.02, .nonprofit),
        ]
        var remaining = u
        for (share, kind) in table {
            if remaining < share { return kind }
            remaining -= share
        }
        return .workerCoop
    }

    private func makeOrganization(_ index: Int, city cityIndex: Int, neighbourhood: Int, kind: OrganizationKind, popularity: [ServiceCode], random: inout SplitMix64)
        -> (Organization, [Int])
    {
        let city = cities[cityIndex]
        let centre = Self.neighbourhoodCentre(city, neighbourhood, seed: seed)
        let lat = centre.lat + random.gaussian() * 0.006, lon = centre.lon + random.gaussian() * 0.008
        var languages: [LanguageCode] = []
        for (position, (language, share)) in city.languages.enumerated() where position == 0 || random.chance(share) {
            languages.append(LanguageCode(language))
        }
        if languages.isEmpty { languages = [LanguageCode(city.languages[0].0)] }
        let neighbourhoodArea = AreaID("gen-\(city.slug)-n\(neighbourhood + 1)")
        let cityArea = AreaID("gen-\(city.slug)")
        let isProvider = !kind.isCooperative
        let serviceAreas: [AreaID] = isProvider ? (random.chance(0.6) ? [cityArea] : [neighbourhoodArea]) : [neighbourhoodArea]
        let name = GeneratorNames.name(kind: kind, language: languages[0].rawValue, neighbourhood: neighbourhood, city: city.name, index: index, random: &random)
        var organization = Organization(
            id: organizationID(index), slug: Slug("\(kind.rawValue.replacingOccurrences(of: "_", with: "-"))-\(city.slug)-\(String(index, radix: 36))"), name: name,
            kinds: [kind],
            locations: [Location(locality: city.name, region: city.region, country: city.country, lat: (lat * 1e5).rounded() / 1e5, lon: (lon * 1e5).rounded() / 1e5, area: neighbourhoodArea)],
            serviceAreas: serviceAreas, languages: languages, sources: [Source(document: Self.document, sourceID: "\(seed):\(index)")])
        if kind == .coopDeveloper || kind == .supportCentre {
            organization.coopFluency = CoopFluency(level: .expert, coopClients: random.int(5..<120))
        } else if isProvider {
            organization.coopFluency = CoopFluency(level: random.chance(0.3) ? .some : .none)
        } else {
            organization.stage = [.startup, .existing, .existing, .converting][random.int(0..<4)]
        }
        organization.acceptsReferrals = isProvider ? random.chance(0.93) : false
        var offered: [Int] = []
        if isProvider {
            for _ in 0..<(1 + random.zipf(6, exponent: 0.9)) {
                let service = random.zipf(popularity.count)
                if !offered.contains(service) { offered.append(service) }
            }
        }
        return (organization, offered)
    }

    static func neighbourhoodCentre(_ city: GeneratorCity, _ neighbourhood: Int, seed: UInt64) -> (lat: Double, lon: Double) {
        var random = SplitMix64(seed: SplitMix64.hash(seed ^ 0x4E42, UInt64(neighbourhood) ^ UInt64(city.slug.hashValueStable) << 8))
        let radius = 0.01 + 0.06 * random.unit(), angle = 2 * Double.pi * random.unit()
        return (city.lat + radius * sin(angle), city.lon + radius * 1.3 * cos(angle))
    }

    /// The generated areas: countries, cities, and each city's neighbourhoods.
    func areas() -> [Area] {
        var result: [Area] = []
        var countries: [String] = []
        for city in cities where !countries.contains(city.country) { countries.append(city.country) }
        for country in countries { result.append(Area(id: AreaID("gen-\(country.lowercased())"), kind: .country, names: ["en": country], sources: [Source(document: Self.document)])) }
        for city in cities {
            result.append(Area(
                id: AreaID("gen-\(city.slug)"), kind: .municipality, parent: AreaID("gen-\(city.country.lowercased())"), names: ["en": city.name],
                centroid: Area.Point(lat: city.lat, lon: city.lon), sources: [Source(document: Self.document)]))
            for neighbourhood in 0..<Self.neighbourhoodsPerCity {
                let centre = Self.neighbourhoodCentre(city, neighbourhood, seed: seed)
                result.append(Area(
                    id: AreaID("gen-\(city.slug)-n\(neighbourhood + 1)"), kind: .communityArea, parent: AreaID("gen-\(city.slug)"),
                    names: ["en": "\(city.name) \(GeneratorNames.neighbourhoods[neighbourhood])"],
                    centroid: Area.Point(lat: (centre.lat * 1e5).rounded() / 1e5, lon: (centre.lon * 1e5).rounded() / 1e5), sources: [Source(document: Self.document)]))
            }
        }
        return result
    }

    // MARK: Relationships

    private func relationships(profiles: [Profile], byCity: [[UInt32]], random: inout SplitMix64, _ emit: (JSONLinesRecord) throws -> Void) throws {
        // Preferential attachment: each organization links to earlier ones, half the time to a
        // random endpoint of an existing edge (so the well connected get more), mostly in its city.
        var endpoints: [UInt32] = []
        endpoints.reserveCapacity(profiles.count * 5)
        var cityPosition = [Int](repeating: 0, count: byCity.count)
        var count = 0
        let kinds: [(Double, Relationship.Kind)] = [(0.45, .collaboratedWith), (0.15, .memberOf), (0.15, .partnerOf), (0.10, .referred), (0.05, .fundedBy), (0.10, .serves)]
        for index in 0..<profiles.count {
            let city = Int(profiles[index].city)
            let seenInCity = cityPosition[city]
            cityPosition[city] += 1
            guard index > 0 else { continue }
            let links = profiles[index].isConnector ? 2 + random.zipf(12, exponent: 1.2) : random.zipf(6, exponent: 1.0)
            var chosen: [UInt32] = []
            for _ in 0..<links {
                let target: UInt32
                if !endpoints.isEmpty && random.chance(0.5) {
                    target = endpoints[random.int(0..<endpoints.count)]
                } else if seenInCity > 0 && random.chance(0.85) {
                    target = byCity[city][random.int(0..<seenInCity)]
                } else {
                    target = UInt32(random.int(0..<index))
                }
                if target == UInt32(index) || chosen.contains(target) { continue }
                chosen.append(target)
                endpoints.append(target)
                endpoints.append(UInt32(index))
                var u = random.unit()
                var kind = Relationship.Kind.collaboratedWith
                for (share, candidate) in kinds {
                    if u < share { kind = candidate; break }
                    u -= share
                }
                let since = PartialDate("\(2015 + random.int(0..<10))")
                try emit(.relationship(Relationship(
                    id: RelationshipID(Self.uuid(seed, 4, UInt64(count))), kind: kind, from: organizationID(index), to: organizationID(Int(target)), since: since,
                    sources: [Source(document: Self.document)])))
                count += 1
            }
        }
    }

    // MARK: Referrals

    private func referrals(
        profiles: [Profile], needsOf: [[UInt16]], providersByService: [[UInt32]], popularity: [ServiceCode], byCity: [[UInt32]], random: inout SplitMix64,
        _ emit: (JSONLinesRecord) throws -> Void
    ) throws {
        var count = 0
        let start = 1_672_531_200.0  // 2023-01-01
        for client in 0..<profiles.count where !needsOf[client].isEmpty && random.chance(0.6) {
            let service = Int(needsOf[client][random.int(0..<needsOf[client].count)])
            let candidates = providersByService[service]
            guard !candidates.isEmpty else { continue }
            var provider = candidates[random.int(0..<candidates.count)]
            for _ in 0..<4 where profiles[Int(provider)].city != profiles[client].city {
                provider = candidates[random.int(0..<candidates.count)]
            }
            guard Int(provider) != client else { continue }
            let cityMembers = byCity[Int(profiles[client].city)]
            var referrer = cityMembers[random.int(0..<cityMembers.count)]
            for _ in 0..<6 where !profiles[Int(referrer)].isConnector { referrer = cityMembers[random.int(0..<cityMembers.count)] }
            // Each provider's hidden quality decides how its referrals turn out.
            let quality = 0.2 + 0.75 * Double(SplitMix64.hash(seed ^ 0x5155, UInt64(provider)) >> 11) / Double(1 << 53)
            let sent = start + Double(random.int(0..<(3 * 365))) * 86_400 + Double(random.int(0..<86_400))
            var history = [Referral.Transition(status: .proposed, at: Date(timeIntervalSince1970: sent - 3600)), Referral.Transition(status: .sent, at: Date(timeIntervalSince1970: sent))]
            var status = Referral.Status.sent
            var outcome: Referral.Outcome?
            let u = random.unit()
            if u < 0.12 {
                status = .declined
            } else if u < 0.2 {
                status = .expired
            } else {
                history.append(.init(status: .accepted, at: Date(timeIntervalSince1970: sent + Double(1 + random.int(0..<10)) * 86_400)))
                status = .completed
                let v = random.unit()
                let result: Referral.Outcome.Result = v < quality ? .met : (v < quality + (1 - quality) / 2 ? .partly : .unmet)
                outcome = Referral.Outcome(result: result, rating: result == .met ? 4 + random.int(0..<2) : (result == .partly ? 3 : 1 + random.int(0..<2)))
            }
            if status != .sent { history.append(.init(status: status, at: Date(timeIntervalSince1970: sent + Double(30 + random.int(0..<60)) * 86_400))) }
            try emit(.referral(Referral(
                id: ReferralID(Self.uuid(seed, 5, UInt64(count))), referrer: organizationID(Int(referrer)), client: organizationID(client),
                provider: organizationID(Int(provider)), service: popularity[service], status: status, outcome: outcome, history: history)))
            count += 1
        }
    }
}

extension String {
    /// A hash that is the same in every process (Swift's `hashValue` is seeded per run).
    var hashValueStable: UInt64 { utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 } }
}
