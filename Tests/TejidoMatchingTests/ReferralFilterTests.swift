import Testing
import TejidoDirectory
import TejidoMatching
import TejidoModel

@Suite("TejidoMatching: referral hard filters")
struct ReferralFilterTests {
    /// A Spanish-only worker co-op in Englewood, and the query it asks.
    static func client(_ fixture: inout MatchFixture, populations: [String] = []) {
        fixture.organization("cooperativa-englewood", kinds: [.workerCoop], languages: ["es"], at: "us-il-chicago-englewood", populations: populations)
    }
    static func query(_ relaxed: Set<ReferralFilter> = [], radius: Double = 50) -> ReferralQuery {
        ReferralQuery(client: "cooperativa-englewood", need: "finance.bookkeeping", radiusKm: radius, relaxed: relaxed)
    }

    @Test("a Spanish-only client does not get an English-only provider unless language is relaxed")
    func languageFilter() throws {
        var fixture = MatchFixture()
        Self.client(&fixture)
        fixture.organization("english-books", languages: ["en"])
        fixture.offer("english-books", "finance.bookkeeping")
        fixture.organization("libros-en-espanol", languages: ["es", "en"])
        fixture.offer("libros-en-espanol", "finance.bookkeeping")
        let matcher = fixture.matcher

        let strict = try matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(strict) == ["libros-en-espanol"])
        #expect(strict.excluded[.language] == 1)
        #expect(strict.items[0].reasons.contains("works in Spanish"))

        let relaxed = try matcher.referrals(Self.query([.language]))
        #expect(MatchFixture.slugs(relaxed) == ["libros-en-espanol", "english-books"])
        let english = relaxed.items[1]
        #expect(english.reasons.first == "does not work in your languages; works in English")
        #expect(MatchFixture.value(.language, english) == 0)
        #expect(relaxed.excluded.values.allSatisfy { $0 == 0 })
    }

    @Test("an offering's own languages count, not only the organization's")
    func offeringLanguages() throws {
        var fixture = MatchFixture()
        Self.client(&fixture)
        fixture.organization("bilingual-office", languages: ["en"])
        fixture.offer("bilingual-office", "finance.bookkeeping", languages: ["es"])
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["bilingual-office"])
        #expect(MatchFixture.value(.language, answer.items[0]) == 1)
    }

    @Test("a provider at capacity drops out; unknown capacity passes; relaxing capacity brings it back with a warning")
    func capacityFilter() throws {
        var fixture = MatchFixture()
        Self.client(&fixture)
        fixture.organization("full-books", languages: ["es"])
        fixture.offer("full-books", "finance.bookkeeping", capacity: 2)
        fixture.refer(1, provider: "full-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .sent)
        fixture.refer(2, provider: "full-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .accepted)
        fixture.organization("closed-books", languages: ["es"])
        fixture.offer("closed-books", "finance.bookkeeping", capacity: 0)
        fixture.organization("open-books", languages: ["es"])
        fixture.offer("open-books", "finance.bookkeeping", capacity: 4)
        fixture.refer(3, provider: "open-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .sent)
        fixture.organization("unknown-books", languages: ["es"])
        fixture.offer("unknown-books", "finance.bookkeeping")
        let matcher = fixture.matcher

        let answer = try matcher.referrals(Self.query())
        #expect(Set(MatchFixture.slugs(answer)) == ["open-books", "unknown-books"])
        #expect(answer.excluded[.capacity] == 2)
        let open = try #require(answer.items.first { $0.provider.slug == "open-books" })
        #expect(MatchFixture.value(.capacityHeadroom, open) == 0.75)
        #expect(open.reasons.contains("3 of 4 places free this month"))
        let unknown = try #require(answer.items.first { $0.provider.slug == "unknown-books" })
        #expect(MatchFixture.value(.capacityHeadroom, unknown) == 0.5)

        let relaxed = try matcher.referrals(Self.query([.capacity]))
        let full = try #require(relaxed.items.first { $0.provider.slug == "full-books" })
        #expect(full.reasons.first == "has no places free this month")
        #expect(MatchFixture.value(.capacityHeadroom, full) == 0)
    }

    @Test("a provider that does not take referrals drops out")
    func acceptsReferralsFilter() throws {
        var fixture = MatchFixture()
        Self.client(&fixture)
        fixture.organization("private-books", languages: ["es"], acceptsReferrals: false)
        fixture.offer("private-books", "finance.bookkeeping")
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(answer.items.isEmpty)
        #expect(answer.excluded[.acceptsReferrals] == 1)
        #expect(answer.explanation?.removedBy == .acceptsReferrals)
        let relaxed = try fixture.matcher.referrals(Self.query([.acceptsReferrals]))
        #expect(relaxed.items.first?.reasons.first == "does not take referrals")
    }

    @Test("a provider serving the client's city serves its community area; one outside passes only within the radius")
    func areaFilter() throws {
        var fixture = MatchFixture()
        Self.client(&fixture)
        fixture.organization("city-books", languages: ["es"], at: "us-il-chicago")
        fixture.offer("city-books", "finance.bookkeeping")
        fixture.organization("racine-books", languages: ["es"], at: "us-wi-racine")
        fixture.offer("racine-books", "finance.bookkeeping")
        fixture.organization("austin-books", languages: ["es"], at: "us-il-chicago-austin")
        fixture.offer("austin-books", "finance.bookkeeping")
        let matcher = fixture.matcher

        let near = try matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(near) == ["city-books", "austin-books"])
        #expect(near.items[0].reasons.contains("serves Chicago, which includes Englewood"))
        #expect(MatchFixture.value(.geographicFit, near.items[0]) == 1)
        let austin = near.items[1]
        #expect(austin.reasons.contains("is 16 km away"))
        #expect(near.excluded[.area] == 1)

        let wide = try matcher.referrals(Self.query(radius: 120))
        #expect(MatchFixture.slugs(wide) == ["city-books", "austin-books", "racine-books"])
        let racine = wide.items[2]
        #expect(racine.reasons.contains("is 106 km away"))
        #expect((racine.distanceKm ?? 0) > 100)
    }

    @Test("a provider dedicated to other populations drops out; a client stating none still gets it at lower fit")
    func populationFilter() throws {
        var fixture = MatchFixture()
        Self.client(&fixture, populations: ["people_with_disabilities"])
        fixture.organization("womens-books", languages: ["es"], populations: ["women"])
        fixture.offer("womens-books", "finance.bookkeeping")
        fixture.organization("inclusive-books", languages: ["es"], populations: ["people_with_disabilities", "women"])
        fixture.offer("inclusive-books", "finance.bookkeeping")
        fixture.organization("other-coop", kinds: [.workerCoop], languages: ["es"], at: "us-il-chicago-englewood")
        let matcher = fixture.matcher

        let answer = try matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["inclusive-books"])
        #expect(answer.excluded[.population] == 1)
        #expect(answer.items[0].reasons.contains("serves people with disabilities, as you do"))
        #expect(MatchFixture.value(.populationFit, answer.items[0]) == 1)

        let anyone = try matcher.referrals(ReferralQuery(client: "other-coop", need: "finance.bookkeeping"))
        #expect(Set(MatchFixture.slugs(anyone)) == ["inclusive-books", "womens-books"])
        #expect(anyone.items.allSatisfy { MatchFixture.value(.populationFit, $0) == 0.25 })
    }

    @Test("the client is never its own provider, and an unknown client or code is an error with a close match")
    func clientAndErrors() throws {
        var fixture = MatchFixture()
        Self.client(&fixture)
        fixture.offer("cooperativa-englewood", "finance.bookkeeping")
        let matcher = fixture.matcher
        let answer = try matcher.referrals(Self.query())
        #expect(answer.items.isEmpty)
        #expect(answer.considered == 0)
        #expect(throws: MatchError.unknownOrganization("cooperativa-englewod", suggestion: "cooperativa-englewood")) {
            try matcher.referrals(ReferralQuery(client: "cooperativa-englewod", need: "finance.bookkeeping"))
        }
        #expect(throws: MatchError.unknownService("finance.bookeeping", suggestion: "finance.bookkeeping")) {
            try matcher.referrals(ReferralQuery(client: "cooperativa-englewood", need: "finance.bookeeping"))
        }
    }
}
