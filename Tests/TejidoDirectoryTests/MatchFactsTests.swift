import Foundation
import Testing
import TejidoDirectory
import TejidoInterchange
import TejidoModel

/// The compact bytes the store keeps beside each organization, offering and referral.
@Suite("Match facts: what the store keeps for the matcher beside each record")
struct MatchFactsTests {
    @Test("every seed organization's and offering's facts survive their bytes, and cut or foreign bytes do not decode")
    func roundTrip() throws {
        let dataset = try SeedLoader(directory: SeedDirectory.seedURL).load()
        for organization in dataset.organizations {
            let facts = OrganizationMatchFacts(organization)
            let bytes = facts.encoded()
            #expect(bytes.withUnsafeBytes { OrganizationMatchFacts(decoding: $0) } == facts)
            #expect(bytes.dropLast().withUnsafeBytes { OrganizationMatchFacts(decoding: UnsafeRawBufferPointer($0)) } == nil)
            #expect(([1] + bytes.dropFirst()).withUnsafeBytes { OrganizationMatchFacts(decoding: $0) } == nil)
        }
        for offering in dataset.offerings {
            let facts = OfferingMatchFacts(offering)
            let bytes = facts.encoded()
            #expect(bytes.withUnsafeBytes { OfferingMatchFacts(decoding: $0) } == facts)
            #expect(bytes.dropLast().withUnsafeBytes { OfferingMatchFacts(decoding: UnsafeRawBufferPointer($0)) } == nil)
        }
        #expect([UInt8]().withUnsafeBytes { OrganizationMatchFacts(decoding: $0) } == nil)
    }

    @Test("an organization's facts: kinds by name in record order, primary languages with repeats, the first located point, fluency from level or clients and as stated")
    func organizationFacts() {
        let organization = Organization(
            id: .random(), slug: "facts", name: "Facts", kinds: [.workerCoop, .coopDeveloper], sectors: ["food"],
            locations: [Location(country: "ES", area: "es-barcelona"), Location(country: "ES", lat: 41.5, lon: 2.25, area: "es-girona")],
            serviceAreas: ["es"], languages: ["ca", "es-ES", "es"], populationsServed: ["youth"], coopFluency: CoopFluency(level: .some, coopClients: 16),
            acceptsReferrals: false, sources: [])
        let facts = OrganizationMatchFacts(organization)
        #expect(facts.kinds == OrganizationMatchFacts.kindMask([.coopDeveloper, .workerCoop]))
        #expect(facts.kindList == [.workerCoop, .coopDeveloper])
        #expect(facts.coopFluency == CoopFluency(level: .some, coopClients: 16))
        #expect(facts.languages == ["ca", "es", "es"])
        #expect(facts.locationAreas == ["es-barcelona", "es-girona"] && facts.serviceAreas == ["es"])
        #expect(facts.lat == 41.5 && facts.lon == 2.25)
        #expect(facts.fluency == 0.8)
        #expect(!facts.acceptsReferrals)
        let unlocated = OrganizationMatchFacts(Organization(id: .random(), slug: "x", name: "X", kinds: [], sources: []))
        #expect(unlocated.lat.isNaN && unlocated.lon.isNaN)
        #expect(unlocated.coopFluency == nil)
        #expect(unlocated.encoded().withUnsafeBytes { OrganizationMatchFacts(decoding: $0) } == unlocated)
        for fluency in [CoopFluency(level: .none), CoopFluency(level: .none, coopClients: 0), CoopFluency(level: .expert, coopClients: 250)] {
            let stated = OrganizationMatchFacts(Organization(id: .random(), slug: "y", name: "Y", kinds: [.other, .lenderCDFI], coopFluency: fluency, sources: []))
            let decoded = stated.encoded().withUnsafeBytes { OrganizationMatchFacts(decoding: $0) }
            #expect(decoded?.coopFluency == fluency && decoded?.kindList == [.other, .lenderCDFI])
        }
    }

    @Test("a referral's fact survives its byte for every status and result, and bytes no fact has are refused")
    func referralBits() {
        let provider = OrganizationID.random()
        for status in Referral.Status.allCases {
            for result in [nil] + Referral.Outcome.Result.allCases.map(Optional.some) {
                let referral = Referral(
                    id: .random(), referrer: .random(), client: .random(), provider: provider, service: "legal", status: status,
                    outcome: result.map { Referral.Outcome(result: $0) },
                    history: [Referral.Transition(status: .sent, at: Date(timeIntervalSince1970: 0)), Referral.Transition(status: status, at: Date(timeIntervalSince1970: 1))])
                let fact = ReferralFact(referral)
                #expect(ReferralFact(provider: provider, service: "legal", bits: fact.bits) == fact)
            }
        }
        #expect(ReferralFact(provider: provider, service: "legal", bits: 0x80) == nil)
    }
}
