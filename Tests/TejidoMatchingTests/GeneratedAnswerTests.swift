import Foundation
import Testing
import TejidoDirectory
import TejidoInterchange
import TejidoMatching
import TejidoModel

/// Pins every byte of a few hundred referral and partner answers on a generated directory (with
/// an overlay of changes on top), so that work on the matcher's speed can show it changed no
/// answer: the same items, order, scores, features, reasons, counts and explanations.
///
/// Each answer is written out in full (``GeneratedAnswers/dump(_:)-swift.type.method``) and
/// pinned by its 64-bit FNV-1a hash in `GeneratedAnswerPins.swift`. When a change to the
/// answers is intended, rerun with `TEJIDO_RECORD_PINS=<path>` to write the new pins there, and
/// review why each differs.
@Suite("TejidoMatching: answers on a generated directory")
struct GeneratedAnswerTests {
    @Test("referral and partner answers on a generated directory are exactly the pinned ones")
    func answersArePinned() throws {
        let answers = try GeneratedAnswers.all()
        if let path = ProcessInfo.processInfo.environment["TEJIDO_RECORD_PINS"] {
            try GeneratedAnswers.pinsSource(answers).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(answers.count == GeneratedAnswers.pins.count)
        #expect(answers.contains { $0.text.contains("reasons: [") && !$0.text.contains("items: 0") })
        var reported = 0
        for (answer, pin) in zip(answers, GeneratedAnswers.pins) where GeneratedAnswers.hash(answer.text) != pin && reported < 3 {
            reported += 1
            Issue.record("\(answer.label) changed; now:\n\(answer.text)")
        }
    }
}

/// The queries, their answers written out in full, and the pins.
enum GeneratedAnswers {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let organizations = 3_000
    static let seed: UInt64 = 17

    /// One answer: which query, and everything it said.
    struct Answer {
        var label: String
        var text: String
    }

    /// A generated directory, as its records.
    static func dataset() throws -> DirectoryDataset {
        let taxonomy = Taxonomy(try SeedLoader(directory: repository.appendingPathComponent("seed")).load().services)
        var dataset = DirectoryDataset()
        try DirectoryGenerator(organizations: organizations, seed: seed, taxonomy: taxonomy).generate { record in
            for entity in record.entities { dataset.append(entity) }
        }
        return dataset
    }

    /// Changes on top of the base: organizations edited (languages, places), offerings with a
    /// new capacity, a new organization with an offering and collaborations, a deleted one.
    static func changes(_ dataset: DirectoryDataset) -> [Change] {
        var entities: [Entity] = []
        for index in stride(from: 5, to: dataset.organizations.count, by: 97) {
            var organization = dataset.organizations[index]
            organization.languages = index % 2 == 0 ? ["es"] : organization.languages + ["en"]
            entities.append(.organization(organization))
        }
        for index in stride(from: 3, to: dataset.offerings.count, by: 89) {
            var offering = dataset.offerings[index]
            offering.capacityPerMonth = index % 3
            entities.append(.offering(offering))
        }
        var newcomer = dataset.organizations[11]
        newcomer.id = OrganizationID(NameBasedUUID.make("test:organization:newcomer"))
        newcomer.slug = "test-newcomer"
        newcomer.name = "Test Newcomer"
        entities.append(.organization(newcomer))
        let service = dataset.offerings[0].service
        entities.append(.offering(Offering(id: OfferingID(NameBasedUUID.make("test:offering:newcomer")), organization: newcomer.id, service: service, coopFluent: true)))
        for (number, partner) in dataset.organizations.prefix(40).enumerated() where number % 8 == 0 {
            entities.append(.relationship(Relationship(
                id: RelationshipID(NameBasedUUID.make("test:relationship:\(number)")), kind: .collaboratedWith, from: newcomer.id, to: partner.id)))
        }
        var changes = entities.enumerated().map { number, entity in
            Change(seq: Int64(number + 1), at: Date(timeIntervalSince1970: 0), operation: .upsert, kind: entity.kind, id: entity.id, entity: entity)
        }
        let deleted = dataset.organizations[23]
        changes.append(Change(
            seq: Int64(changes.count + 1), at: Date(timeIntervalSince1970: 0), operation: .delete, kind: .organization, id: deleted.id.description, entity: nil))
        return changes
    }

    /// Every answer, base first, then the same queries on the version with the overlay.
    static func all() throws -> [Answer] {
        let dataset = try dataset()
        let base = Directory(dataset)
        let changed = base.applying(changes(dataset))
        return try answers(Matcher(base), dataset: dataset, label: "base") + answers(Matcher(changed), dataset: dataset, label: "overlay")
    }

    /// Referral queries over many clients, needs, languages, radii, limits, relaxed filters and
    /// weights (including the most offered code), then partner queries.
    static func answers(_ matcher: Matcher, dataset: DirectoryDataset, label: String) throws -> [Answer] {
        var offered: [ServiceCode: Int] = [:]
        for offering in dataset.offerings { offered[offering.service, default: 0] += 1 }
        let popular = offered.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }.map(\.key)
        let needs = dataset.needs.map(\.service)
        let languages = ["en", "es", "ca", "el"]
        let radii: [Double] = [50, 10, 200, 0]
        let limits = [20, 5, 1, 50]
        let relaxations: [Set<ReferralFilter>] = [[], [], [.area], [.language, .capacity], Set(ReferralFilter.allCases), [.acceptsReferrals, .population]]
        var answers: [Answer] = []
        let clients = stride(from: 0, to: dataset.organizations.count, by: 13).map { dataset.organizations[$0] }
        for (number, client) in clients.enumerated() {
            let need: ServiceCode = switch number % 4 {
            case 0: popular[0]
            case 1: needs[number % needs.count]
            case 2: popular[number % popular.count]
            default: popular[number % popular.count].parent ?? popular[1]
            }
            var weights = Weights<ReferralFeature>()
            switch number % 5 {
            case 1: weights[.networkProximity] = 0
            case 2: weights[.networkProximity] = 0.5
            case 3: weights = weights.overriding([.serviceFit: 0, .trackRecord: 0.3])
            default: break
            }
            let query = ReferralQuery(
                client: client.id.description, need: need, language: languages[number % 4], radiusKm: radii[number / 4 % 4], limit: limits[number / 3 % 4],
                relaxed: relaxations[number % relaxations.count], weights: weights)
            let text: String
            do {
                text = dump(try matcher.referrals(query))
            } catch {
                text = "error: \(error)"
            }
            answers.append(Answer(label: "\(label) referral \(number): \(client.slug) needs \(need)", text: text))
        }
        for (number, client) in clients.enumerated() where number % 2 == 0 {
            var weights = Weights<PartnerFeature>()
            if number % 6 == 2 { weights[.linkPrediction] = 0 }
            if number % 6 == 4 { weights[.complementarity] = 0.1 }
            let query = PartnerQuery(
                organization: client.id.description, language: languages[number / 2 % 4], limit: limits[number / 2 % 4], radiusKm: radii[number % 4], weights: weights)
            let text: String
            do {
                text = dump(try matcher.partners(query))
            } catch {
                text = "error: \(error)"
            }
            answers.append(Answer(label: "\(label) partners \(number): \(client.slug)", text: text))
        }
        return answers
    }

    static func dump(_ organization: OrganizationRef) -> String { "\(organization.id) \(organization.slug) \(organization.name)" }

    static func dump<Feature>(_ features: [Contribution<Feature>]) -> String {
        features.map { "\($0.feature.rawValue)=\($0.value)/\($0.contribution)" }.joined(separator: " ")
    }

    /// Everything a referral answer says, one fact per line.
    static func dump(_ answer: ReferralAnswer) -> String {
        var lines = ["client: \(dump(answer.client))", "need: \(answer.need)", "items: \(answer.items.count)", "considered: \(answer.considered)"]
        lines.append("excluded: " + answer.excluded.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: " "))
        for item in answer.items {
            lines.append("- \(dump(item.provider)) service: \(item.service) score: \(item.score) km: \(item.distanceKm.map { "\($0)" } ?? "nil")")
            lines.append("  features: \(dump(item.features))")
            lines.append("  reasons: \(item.reasons)")
        }
        if let explanation = answer.explanation {
            lines.append("explanation: \(explanation.text)")
            lines.append("removed by: \(explanation.removedBy?.rawValue ?? "nil") relax: \(explanation.relax.map(\.rawValue))")
            for nearby in explanation.nearest { lines.append("nearest: \(dump(nearby.organization)) \(nearby.distanceKm.map { "\($0)" } ?? "nil")") }
        }
        return lines.joined(separator: "\n")
    }

    /// Everything a partner answer says, one fact per line.
    static func dump(_ answer: PartnerAnswer) -> String {
        var lines = ["organization: \(dump(answer.organization))", "items: \(answer.items.count)", "considered: \(answer.considered)"]
        lines.append("excluded: " + answer.excluded.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: " "))
        for item in answer.items {
            lines.append("- \(dump(item.partner)) score: \(item.score)")
            lines.append("  features: \(dump(item.features))")
            lines.append("  reasons: \(item.reasons)")
            lines.append("  shared: \(item.sharedNeighbours.map(\.slug.rawValue))")
        }
        lines.append("explanation: \(answer.explanation ?? "nil")")
        return lines.joined(separator: "\n")
    }

    /// 64-bit FNV-1a of the text's UTF-8.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `GeneratedAnswerPins.swift` for these answers.
    static func pinsSource(_ answers: [Answer]) -> String {
        let lines = answers.map { "        0x" + String(hash($0.text), radix: 16) + ",  // " + $0.label }
        return """
            // The hashes of GeneratedAnswers' answers, in order; written by GeneratedAnswerTests with TEJIDO_RECORD_PINS set.

            extension GeneratedAnswers {
                static let pins: [UInt64] = [
            \(lines.joined(separator: "\n"))
                ]
            }

            """
    }
}
