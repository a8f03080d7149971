import Testing
import TejidoDirectory
import TejidoMatching
import TejidoModel

@Suite("TejidoMatching: partner suggestions")
struct PartnerTests {
    static func value(_ feature: PartnerFeature, _ suggestion: PartnerSuggestion) -> Double {
        suggestion.features.first { $0.feature == feature }!.value
    }
    static func slugs(_ answer: PartnerAnswer) -> [String] { answer.items.map(\.partner.slug.rawValue) }

    @Test("complementarity: the organization offering what it needs and needing what it offers comes first, with both services named")
    func complementarity() throws {
        var fixture = MatchFixture()
        fixture.organization("cooperativa-englewood", kinds: [.workerCoop], languages: ["es", "en"], at: "us-il-chicago-englewood")
        fixture.need("cooperativa-englewood", "finance.bookkeeping")
        fixture.offer("cooperativa-englewood", "training.coop_education")
        fixture.organization("two-way-books", kinds: [.taProvider], languages: ["es"])
        fixture.offer("two-way-books", "finance.bookkeeping")
        fixture.need("two-way-books", "training.coop_education")
        fixture.organization("one-way-books", kinds: [.taProvider], languages: ["es"])
        fixture.offer("one-way-books", "finance.bookkeeping")
        fixture.organization("german-only-books", kinds: [.taProvider], languages: ["de"])
        fixture.offer("german-only-books", "finance.bookkeeping")
        fixture.need("german-only-books", "training.coop_education")

        let answer = try fixture.matcher.partners(PartnerQuery(organization: "cooperativa-englewood"))
        #expect(Self.slugs(answer) == ["two-way-books", "one-way-books"])
        let top = answer.items[0]
        #expect(Self.value(.complementarity, top) == 1)
        #expect(Self.value(.complementarity, answer.items[1]) == 0.5)
        #expect(top.reasons.contains("offers Bookkeeping, which you need"))
        #expect(top.reasons.contains("needs Co-op education, which you offer"))
        #expect(answer.excluded[.language] == 1)
        let sum = top.features.reduce(0) { $0 + $1.contribution }
        #expect(abs(sum - top.score) < 1e-9)
    }

    @Test("peers: the same kind, sector, services and area make the top peer, and the shared services explain it")
    func peers() throws {
        var fixture = MatchFixture()
        fixture.organization("justice-cream", kinds: [.workerCoop], at: "us-il-chicago", sectors: ["food"])
        fixture.offer("justice-cream", "training.coop_education")
        fixture.need("justice-cream", "finance.payroll")
        fixture.organization("earthseed", kinds: [.workerCoop], at: "us-il-chicago", sectors: ["food"])
        fixture.offer("earthseed", "training.coop_education")
        fixture.need("earthseed", "finance.payroll")
        fixture.organization("racine-trainers", kinds: [.coopDeveloper], at: "us-wi-racine")
        fixture.offer("racine-trainers", "training.coop_education")

        let answer = try fixture.matcher.partners(PartnerQuery(organization: "justice-cream"))
        #expect(Self.slugs(answer) == ["earthseed", "racine-trainers"])
        let top = answer.items[0]
        #expect(Self.value(.peerSimilarity, top) == 1)
        #expect(Self.value(.peerSimilarity, top) > Self.value(.peerSimilarity, answer.items[1]))
        #expect(top.reasons.contains("also offers Co-op education"))
        #expect(top.reasons.contains("also needs Payroll"))
        #expect(top.reasons.contains("is also a worker coop"))
        #expect(top.reasons.contains("works in the same sector (food)"))
        #expect(top.reasons.contains("also works in Chicago"))
    }

    @Test("link prediction: Adamic–Adar favours the organization sharing the less connected collaborators; existing partners are left out")
    func adamicAdar() throws {
        var fixture = MatchFixture()
        fixture.organization("chicommons", kinds: [.workerCoop])
        fixture.organization("small-network", kinds: [.networkFederation])
        fixture.organization("big-network", kinds: [.networkFederation])
        fixture.organization("quiet-partner", kinds: [.taProvider])
        fixture.link("chicommons", .collaboratedWith, "small-network")
        fixture.link("chicommons", .memberOf, "big-network")
        fixture.link("chicommons", .partnerOf, "quiet-partner")
        fixture.link("small-network", .memberOf, "big-network")
        fixture.organization("close-coop", kinds: [.taProvider])
        fixture.link("close-coop", .collaboratedWith, "small-network")
        fixture.link("close-coop", .memberOf, "big-network")
        fixture.link("close-coop", .collaboratedWith, "quiet-partner")
        fixture.organization("far-coop", kinds: [.taProvider])
        fixture.link("far-coop", .memberOf, "big-network")
        for number in 1...6 {
            fixture.organization("member-\(number)", kinds: [.other])
            fixture.link("member-\(number)", .memberOf, "big-network")
        }

        let answer = try fixture.matcher.partners(PartnerQuery(organization: "chicommons", limit: 3))
        #expect(answer.items.first?.partner.slug == "close-coop")
        let top = answer.items[0]
        #expect(top.sharedNeighbours.map(\.slug.rawValue) == ["quiet-partner", "small-network", "big-network"])
        #expect(top.reasons.contains("you both work with Quiet Partner, Small Network and Big Network"))
        #expect(Self.value(.linkPrediction, top) > Self.value(.linkPrediction, answer.items[1]))
        let existing: Set<String> = ["small-network", "big-network", "quiet-partner"]
        #expect(answer.items.allSatisfy { !existing.contains($0.partner.slug.rawValue) })
        #expect(answer.excluded[.existingPartner] == 2)
        #expect(answer.items.dropFirst().allSatisfy { $0.sharedNeighbours.map(\.slug) == ["big-network"] })
    }

    @Test("an organization with nothing to match on gets an explanation, not an empty list alone")
    func emptyPartners() throws {
        var fixture = MatchFixture()
        fixture.organization("lonely-coop", kinds: [.workerCoop])
        fixture.organization("other-coop", kinds: [.workerCoop], at: "cl-rm-santiago")
        let answer = try fixture.matcher.partners(PartnerQuery(organization: "lonely-coop"))
        #expect(answer.items.isEmpty)
        #expect(answer.explanation?.hasPrefix("Lonely Coop lists no offerings, open needs or collaborations") == true)
        #expect(throws: MatchError.unknownOrganization("lonely-cop", suggestion: "lonely-coop")) {
            try fixture.matcher.partners(PartnerQuery(organization: "lonely-cop"))
        }
    }
}
