import Foundation
import Testing
import TejidoDirectory
import TejidoMatching
import TejidoModel
import TejidoStore

@Suite("TejidoMatching: referral ranking, explanations and outcomes")
struct ReferralRankingTests {
    static func client(_ fixture: inout MatchFixture) {
        fixture.organization("cooperativa-englewood", kinds: [.workerCoop], languages: ["es"], at: "us-il-chicago-englewood")
    }
    static func query(_ relaxed: Set<ReferralFilter> = [], weights: Weights<ReferralFeature> = Weights(), limit: Int = 10) -> ReferralQuery {
        ReferralQuery(client: "cooperativa-englewood", need: "finance.bookkeeping", limit: limit, relaxed: relaxed, weights: weights)
    }

    /// Providers that differ in several features at once.
    static func mixed() -> MatchFixture {
        var fixture = MatchFixture()
        client(&fixture)
        fixture.organization("kola", kinds: [.taProvider])
        fixture.link("cooperativa-englewood", .collaboratedWith, "kola")
        fixture.organization("fluent-books", languages: ["es"], at: "us-il-chicago-austin", fluency: .expert)
        fixture.offer("fluent-books", "finance.bookkeeping", capacity: 3, cost: .paid, coopFluent: true)
        fixture.link("fluent-books", .collaboratedWith, "kola")
        fixture.organization("free-books", languages: ["es", "en"], at: "us-il-chicago-englewood")
        fixture.offer("free-books", "finance.bookkeeping", cost: .free)
        fixture.organization("finance-house", languages: ["es"], fluency: .some)
        fixture.offer("finance-house", "finance", capacity: 10, cost: .slidingScale)
        fixture.refer(1, provider: "finance-house", client: "kola", service: "finance", status: .completed, result: .met)
        fixture.refer(2, provider: "finance-house", client: "kola", service: "finance", status: .completed, result: .partly)
        return fixture
    }

    @Test("the contributions sum to the score, and each is weight × value")
    func contributionsSum() throws {
        let answer = try Self.mixed().matcher.referrals(Self.query())
        #expect(answer.items.count == 3)
        for item in answer.items {
            #expect(item.features.map(\.feature) == ReferralFeature.allCases)
            let sum = item.features.reduce(0) { $0 + $1.contribution }
            #expect(abs(sum - item.score) < 1e-9)
            for contribution in item.features {
                #expect((0...1).contains(contribution.value))
                #expect(abs(contribution.contribution - contribution.feature.defaultWeight * contribution.value) < 1e-6)
            }
        }
        #expect(answer.items.map(\.score) == answer.items.map(\.score).sorted(by: >))
    }

    @Test("the same query gives the same answer, however the directory was built; equal scores break by id")
    func determinism() throws {
        let fixture = Self.mixed()
        var shuffled = fixture
        shuffled.dataset.organizations.reverse()
        shuffled.dataset.offerings.reverse()
        shuffled.dataset.relationships.reverse()
        let first = try fixture.matcher.referrals(Self.query())
        #expect(try fixture.matcher.referrals(Self.query()) == first)
        #expect(try shuffled.matcher.referrals(Self.query()) == first)

        var twins = MatchFixture()
        Self.client(&twins)
        for slug in ["twin-c", "twin-a", "twin-b"] {
            twins.organization(slug, languages: ["es"])
            twins.offer(slug, "finance.bookkeeping")
        }
        let tied = try twins.matcher.referrals(Self.query())
        #expect(Set(tied.items.map(\.score)).count == 1)
        let byID = ["twin-a", "twin-b", "twin-c"].sorted { MatchFixture.organizationID($0).description < MatchFixture.organizationID($1).description }
        #expect(MatchFixture.slugs(tied) == byID)
        #expect(MatchFixture.slugs(try twins.matcher.referrals(Self.query(limit: 2))) == Array(byID.prefix(2)))
    }

    @Test("weight overrides change the order as expected")
    func weightOverrides() throws {
        let matcher = Self.mixed().matcher
        let standard = try matcher.referrals(Self.query())
        #expect(standard.items[0].provider.slug == "fluent-books")

        var costly = Weights<ReferralFeature>()
        costly[.costFit] = 1
        let byCost = try matcher.referrals(Self.query(weights: costly))
        #expect(MatchFixture.slugs(byCost) == ["free-books", "finance-house", "fluent-books"])

        let byTrack = try matcher.referrals(Self.query(weights: Weights().overriding([.trackRecord: 3])))
        #expect(byTrack.items[0].provider.slug == "finance-house")
        #expect(byTrack.items[0].reasons.contains("1 of 2 referrals met, 1 partly"))
        let contribution = try #require(byTrack.items[0].features.first { $0.feature == .trackRecord })
        #expect(abs(contribution.contribution - 3 * contribution.value) < 1e-6)

        var zero = Weights<ReferralFeature>()
        for feature in ReferralFeature.allCases { zero[feature] = 0 }
        zero[.coopFluency] = 1
        let byFluency = try matcher.referrals(Self.query(weights: zero))
        #expect(MatchFixture.slugs(byFluency) == ["fluent-books", "finance-house", "free-books"])
        #expect(byFluency.items.map(\.score) == [1, 0.5, 0])
    }

    @Test("an empty answer names the filter that removed the candidates, the nearest ones, and what to relax")
    func emptyAnswerExplains() throws {
        var far = MatchFixture()
        Self.client(&far)
        for (slug, area) in [("racine-books", "us-wi-racine"), ("santiago-books", "cl-rm-santiago")] as [(String, AreaID)] {
            far.organization(slug, languages: ["es"], at: area)
            far.offer(slug, "finance.bookkeeping")
        }
        let answer = try far.matcher.referrals(Self.query())
        #expect(answer.items.isEmpty)
        let explanation = try #require(answer.explanation)
        #expect(explanation.removedBy == .area)
        #expect(explanation.relax == [.area])
        #expect(explanation.nearest.map(\.organization.slug.rawValue) == ["racine-books", "santiago-books"])
        #expect(explanation.text.hasPrefix("2 providers offer Bookkeeping (finance.bookkeeping)."))
        #expect(explanation.text.contains("None serves Englewood or lies within 50 km; nearest: Racine Books (106 km), Santiago Books"))
        #expect(explanation.text.contains("Relax 'area' to see 2 of them (or widen the radius)."))
        #expect(answer.excluded[.area] == 2)

        var english = MatchFixture()
        Self.client(&english)
        english.organization("english-books", languages: ["en"])
        english.offer("english-books", "finance.bookkeeping")
        english.organization("full-books", languages: ["en"])
        english.offer("full-books", "finance.bookkeeping", capacity: 0)
        let language = try english.matcher.referrals(Self.query())
        let why = try #require(language.explanation)
        #expect(why.removedBy == .language)
        #expect(why.relax == [.language])
        #expect(why.text.contains("None works in Spanish (they work in English)"))
        #expect(why.text.contains("1 is at capacity this month"))
        #expect(why.text.contains("Relax 'language' to see it."))

        let spanish = try english.matcher.referrals(ReferralQuery(client: "cooperativa-englewood", need: "finance.bookkeeping", language: "es"))
        #expect(spanish.explanation?.text.hasPrefix("2 organizaciones ofrecen Teneduría de libros (finance.bookkeeping).") == true)

        var nobody = MatchFixture()
        Self.client(&nobody)
        nobody.organization("another-coop", kinds: [.workerCoop], languages: ["es"])
        nobody.need("another-coop", "finance.bookkeeping")
        let none = try nobody.matcher.referrals(Self.query())
        #expect(none.explanation?.removedBy == nil)
        #expect(none.explanation?.text == "No provider offers Bookkeeping (finance.bookkeeping) or a broader or narrower service; 1 organization has an open need for it.")
    }

    @Test("a new referral outcome written through the store changes the next answer without rebuilding the snapshot")
    func outcomeThroughStore() async throws {
        var fixture = MatchFixture()
        Self.client(&fixture)
        fixture.organization("first-books", languages: ["es"])
        fixture.offer("first-books", "finance.bookkeeping", capacity: 1)
        fixture.organization("second-books", languages: ["es"])
        fixture.offer("second-books", "finance.bookkeeping", capacity: 5)
        let store = try SQLiteStore.inMemory()
        let summary = try await store.write(fixture.dataset.entities.map(Mutation.upsert))
        let directory = Directory(try await store.dataset(), sequence: summary.lastSequence)
        let before = try Matcher(directory).referrals(Self.query())
        #expect(MatchFixture.slugs(before).count == 2)
        let leader = before.items[0].provider.slug.rawValue, runnerUp = before.items[1].provider.slug.rawValue

        // Two met referrals for the runner-up lift it above the leader.
        var referrals: [Referral] = []
        for number in 1...2 {
            referrals.append(MatchFixture.referral(number, provider: runnerUp, client: "cooperativa-englewood", service: "finance.bookkeeping", status: .completed, result: .met))
        }
        let written = try await store.write(referrals.map { .upsert(.referral($0)) })
        let next = directory.applying(try await store.changes(after: summary.lastSequence, limit: 100))
        #expect(next.sequence == written.lastSequence)
        #expect(next.overlayCount == 1)
        let after = try Matcher(next).referrals(Self.query())
        #expect(MatchFixture.slugs(after) == [runnerUp, leader])
        #expect(after.items[0].reasons.contains("2 of 2 referrals met"))

        // A referral sent to first-books fills its one place: it drops out of the next answer.
        let sent = MatchFixture.referral(9, provider: "first-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .sent)
        let third = try await store.write([.upsert(.referral(sent))])
        let latest = next.applying(try await store.changes(after: written.lastSequence, limit: 100))
        #expect(latest.sequence == third.lastSequence)
        let full = try Matcher(latest).referrals(Self.query())
        #expect(MatchFixture.slugs(full) == ["second-books"])
        #expect(full.excluded[.capacity] == 1)
        // The earlier version still answers as it did.
        #expect(try Matcher(next).referrals(Self.query()) == after)
    }
}
