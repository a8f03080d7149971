import Testing
import TejidoModel

@Suite("Public views leave out the private fields of every kind of record")
struct PublicViewTests {
    @Test("contacts, a referral's notes and who submitted a report go; nothing else changes")
    func privateFields() {
        var referral = StoreFixtures.referral
        referral.notes = "Call after the assembly"
        let entities = StoreFixtures.dataset.entities.map { entity -> Entity in
            if case .referral = entity { return .referral(referral) }
            return entity
        }
        #expect(StoreFixtures.kolaOrganization.contacts.isEmpty == false)
        #expect(StoreFixtures.report.submittedBy != nil)
        for entity in entities {
            let view = entity.publicView
            switch (entity, view) {
            case (.organization(let full), .organization(let shown)):
                #expect(shown.contacts.isEmpty)
                var expected = full
                expected.contacts = []
                #expect(shown == expected)
            case (.referral(let full), .referral(let shown)):
                #expect(full.notes != nil && shown.notes == nil)
                var expected = full
                expected.notes = nil
                #expect(shown == expected)
            case (.activityReport, .activityReport(let shown)):
                #expect(shown.submittedBy == nil)
            default:
                #expect(view == entity)
            }
        }
    }
}
