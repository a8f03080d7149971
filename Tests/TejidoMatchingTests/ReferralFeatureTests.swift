import Testing
import TejidoDirectory
import TejidoMatching
import TejidoModel

/// Each feature on its own: two providers alike in everything but one feature, where the right
/// order is known, and the feature's value and reason asserted.
@Suite("TejidoMatching: referral features")
struct ReferralFeatureTests {
    /// A Spanish-speaking worker co-op in Englewood, Chicago.
    static func fixture(populations: [String] = []) -> MatchFixture {
        var fixture = MatchFixture()
        fixture.organization("cooperativa-englewood", kinds: [.workerCoop], languages: ["es", "en"], at: "us-il-chicago-englewood", populations: populations)
        return fixture
    }
    static func query(_ need: ServiceCode = "finance.bookkeeping", weights: Weights<ReferralFeature> = Weights()) -> ReferralQuery {
        ReferralQuery(client: "cooperativa-englewood", need: need, weights: weights)
    }
    static func value(_ feature: ReferralFeature, _ slug: String, in answer: ReferralAnswer) throws -> Double {
        MatchFixture.value(feature, try #require(answer.items.first { $0.provider.slug.rawValue == slug }))
    }

    @Test("service fit: the exact code beats a code below it, which beats the code above it; siblings only when nothing else qualifies")
    func serviceFit() throws {
        var fixture = Self.fixture()
        fixture.organization("finance-office", languages: ["es"])
        fixture.offer("finance-office", "finance")
        fixture.organization("general-finance", languages: ["es"])
        fixture.offer("general-finance", "finance")
        fixture.organization("payroll-only", languages: ["es"])
        fixture.offer("payroll-only", "finance.payroll")
        fixture.organization("books-narrow", languages: ["es"])
        fixture.offer("books-narrow", "finance.bookkeeping")
        let matcher = fixture.matcher

        // Asking for "finance": the code itself first, then its children.
        let broad = try matcher.referrals(Self.query("finance"))
        #expect(MatchFixture.slugs(broad).prefix(2).sorted() == ["finance-office", "general-finance"])
        #expect(try Self.value(.serviceFit, "finance-office", in: broad) == 1)
        #expect(try Self.value(.serviceFit, "books-narrow", in: broad) == 0.8)
        #expect(broad.items.first { $0.provider.slug == "books-narrow" }?.reasons.contains("offers Bookkeeping, part of Finance and accounting") == true)

        // Asking for bookkeeping: the exact code, then the parent; the sibling (payroll) is not searched.
        let books = try matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(books).first == "books-narrow")
        #expect(try Self.value(.serviceFit, "general-finance", in: books) == 0.6)
        #expect(!MatchFixture.slugs(books).contains("payroll-only"))

        // Asking for accounting, which nobody offers exactly: finance (parent) qualifies; payroll still not searched.
        let accounting = try matcher.referrals(Self.query("finance.accounting"))
        #expect(Set(MatchFixture.slugs(accounting)) == ["finance-office", "general-finance"])
        #expect(accounting.items[0].reasons.contains("offers Finance and accounting in general, which covers Accounting"))

        // Siblings are searched only when nothing else qualifies.
        var siblings = Self.fixture()
        siblings.organization("payroll-only", languages: ["es"])
        siblings.offer("payroll-only", "finance.payroll")
        let sibling = try siblings.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(sibling) == ["payroll-only"])
        #expect(MatchFixture.value(.serviceFit, sibling.items[0]) == 0.3)
        #expect(sibling.items[0].reasons.contains("offers Payroll, related to Bookkeeping"))
    }

    @Test("co-op fluency: a co-op fluent offering beats an expert provider, which beats one with none")
    func coopFluency() throws {
        var fixture = Self.fixture()
        fixture.organization("plain-books", languages: ["es"])
        fixture.offer("plain-books", "finance.bookkeeping")
        fixture.organization("expert-books", languages: ["es"], fluency: .expert)
        fixture.offer("expert-books", "finance.bookkeeping", coopFluent: false)
        fixture.organization("fluent-books", languages: ["es"], fluency: .some)
        fixture.offer("fluent-books", "finance.bookkeeping", coopFluent: true)
        fixture.organization("some-books", languages: ["es"], fluency: .some)
        fixture.offer("some-books", "finance.bookkeeping")
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(try Self.value(.coopFluency, "fluent-books", in: answer) == 1)
        #expect(try Self.value(.coopFluency, "expert-books", in: answer) == 1)
        #expect(try Self.value(.coopFluency, "some-books", in: answer) == 0.5)
        #expect(try Self.value(.coopFluency, "plain-books", in: answer) == 0)
        #expect(MatchFixture.slugs(answer).suffix(2) == ["some-books", "plain-books"])
        #expect(answer.items.first { $0.provider.slug == "fluent-books" }?.reasons.contains("is co-op fluent") == true)
        #expect(answer.items.first { $0.provider.slug == "expert-books" }?.reasons.contains("is expert in co-ops") == true)
    }

    @Test("geographic fit: serving the client's own area beats serving its city, which beats a provider only nearby")
    func geographicFit() throws {
        var fixture = Self.fixture()
        fixture.organization("englewood-books", languages: ["es"], at: "us-il-chicago-englewood")
        fixture.offer("englewood-books", "finance.bookkeeping")
        fixture.organization("austin-books", languages: ["es"], at: "us-il-chicago-austin")
        fixture.offer("austin-books", "finance.bookkeeping")
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["englewood-books", "austin-books"])
        #expect(try Self.value(.geographicFit, "englewood-books", in: answer) == 1)
        let austin = try Self.value(.geographicFit, "austin-books", in: answer)
        #expect(austin > 0 && austin < 0.6)
        #expect(answer.items[0].reasons.contains("serves Englewood"))
    }

    @Test("language: the client's first language beats another of its languages")
    func language() throws {
        var fixture = Self.fixture()
        fixture.organization("english-books", languages: ["en"])
        fixture.offer("english-books", "finance.bookkeeping")
        fixture.organization("spanish-books", languages: ["es"])
        fixture.offer("spanish-books", "finance.bookkeeping")
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["spanish-books", "english-books"])
        #expect(try Self.value(.language, "spanish-books", in: answer) == 1)
        #expect(try Self.value(.language, "english-books", in: answer) == 0.7)
    }

    @Test("population fit: a provider serving the client's population beats a general one")
    func populationFit() throws {
        var fixture = Self.fixture(populations: ["women"])
        fixture.organization("general-books", languages: ["es"])
        fixture.offer("general-books", "finance.bookkeeping")
        fixture.organization("womens-books", languages: ["es"], populations: ["women"])
        fixture.offer("womens-books", "finance.bookkeeping")
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["womens-books", "general-books"])
        #expect(try Self.value(.populationFit, "womens-books", in: answer) == 1)
        #expect(try Self.value(.populationFit, "general-books", in: answer) == 0.5)
    }

    @Test("track record: a record of met referrals lifts a provider; unmet and declined ones lower it")
    func trackRecord() throws {
        var fixture = Self.fixture()
        fixture.organization("new-books", languages: ["es"])
        fixture.offer("new-books", "finance.bookkeeping")
        fixture.organization("proven-books", languages: ["es"])
        fixture.offer("proven-books", "finance.bookkeeping")
        fixture.organization("poor-books", languages: ["es"])
        fixture.offer("poor-books", "finance.bookkeeping")
        for number in 1...4 {
            fixture.refer(number, provider: "proven-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .completed, result: .met)
        }
        fixture.refer(5, provider: "proven-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .completed, result: .unmet)
        fixture.refer(6, provider: "poor-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .declined)
        fixture.refer(7, provider: "poor-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .completed, result: .unmet)
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["proven-books", "new-books", "poor-books"])
        #expect(try Self.value(.trackRecord, "proven-books", in: answer) == Double(Float(6.0 / 9.0)))
        #expect(try Self.value(.trackRecord, "new-books", in: answer) == 0.5)
        #expect(try Self.value(.trackRecord, "poor-books", in: answer) == Double(Float(2.0 / 6.0)))
        #expect(answer.items[0].reasons.contains("4 of 5 referrals met"))
        #expect(!answer.items[1].reasons.contains { $0.contains("referrals met") })
    }

    @Test("network proximity: a shared partner produces a proximity reason naming that partner")
    func networkProximity() throws {
        var fixture = Self.fixture()
        fixture.organization("kola-nut-collaborative", kinds: [.taProvider])
        fixture.link("cooperativa-englewood", .collaboratedWith, "kola-nut-collaborative")
        fixture.organization("connected-books", languages: ["es"])
        fixture.offer("connected-books", "finance.bookkeeping")
        fixture.link("connected-books", .collaboratedWith, "kola-nut-collaborative")
        fixture.organization("stranger-books", languages: ["es"])
        fixture.offer("stranger-books", "finance.bookkeeping")
        fixture.organization("member-books", languages: ["es"])
        fixture.offer("member-books", "finance.bookkeeping")
        fixture.organization("network", kinds: [.networkFederation])
        fixture.link("member-books", .memberOf, "network")
        fixture.link("cooperativa-englewood", .memberOf, "network")
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer).last == "stranger-books")
        #expect(try Self.value(.networkProximity, "stranger-books", in: answer) == 0)
        #expect(try Self.value(.networkProximity, "connected-books", in: answer) > 0)
        let connected = try #require(answer.items.first { $0.provider.slug == "connected-books" })
        #expect(connected.reasons.contains("worked with Kola Nut Collaborative, who worked with you"))
        let member = try #require(answer.items.first { $0.provider.slug == "member-books" })
        #expect(member.reasons.contains("is a member of Network, as you are"))
        #expect(!answer.items.last!.reasons.contains { $0.contains("worked with") })
    }

    @Test("capacity headroom: more places free ranks higher, spreading load")
    func capacityHeadroom() throws {
        var fixture = Self.fixture()
        fixture.organization("busy-books", languages: ["es"])
        fixture.offer("busy-books", "finance.bookkeeping", capacity: 4)
        for number in 1...3 {
            fixture.refer(number, provider: "busy-books", client: "cooperativa-englewood", service: "finance.bookkeeping", status: .accepted)
        }
        fixture.organization("idle-books", languages: ["es"])
        fixture.offer("idle-books", "finance.bookkeeping", capacity: 4)
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["idle-books", "busy-books"])
        #expect(try Self.value(.capacityHeadroom, "idle-books", in: answer) == 1)
        #expect(try Self.value(.capacityHeadroom, "busy-books", in: answer) == 0.25)
        #expect(answer.items[1].reasons.contains("1 of 4 places free this month"))
    }

    @Test("cost fit: free beats sliding scale, which beats paid")
    func costFit() throws {
        var fixture = Self.fixture()
        fixture.organization("paid-books", languages: ["es"])
        fixture.offer("paid-books", "finance.bookkeeping", cost: .paid)
        fixture.organization("free-books", languages: ["es"])
        fixture.offer("free-books", "finance.bookkeeping", cost: .free)
        fixture.organization("sliding-books", languages: ["es"])
        fixture.offer("sliding-books", "finance.bookkeeping", cost: .slidingScale)
        let answer = try fixture.matcher.referrals(Self.query())
        #expect(MatchFixture.slugs(answer) == ["free-books", "sliding-books", "paid-books"])
        #expect(answer.items.map { MatchFixture.value(.costFit, $0) } == [1, 0.8, 0.4])
        #expect(answer.items.map { $0.reasons.last } == ["is free", "charges on a sliding scale", "is paid"])
    }
}
