import Foundation
import Testing
import TejidoModel

// The referral lifecycle: `proposed → sent → accepted | declined`, `accepted → completed`, and
// `withdrawn` or `expired` from the open states; outcomes only on completion; every move recorded.

typealias ReferralStatus = Referral.Status

private let start = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z

private func referral(_ status: ReferralStatus = .proposed) -> Referral {
    Referral(
        id: ReferralID(NameBasedUUID.make("tejido:referral:lifecycle")),
        referrer: OrganizationID(NameBasedUUID.make("tejido:organization:chicago-community-wealth-building-ecosystem")),
        client: OrganizationID(NameBasedUUID.make("tejido:organization:justice-cream")),
        provider: OrganizationID(NameBasedUUID.make("tejido:organization:upside-down-consulting")),
        service: "finance.bookkeeping", message: "Needs monthly books", notes: "private", status: status)
}

/// Every transition the code allows, and nothing else (accepted → expired is checked on its own).
private let allowed: [ReferralStatus: Set<ReferralStatus>] = [
    .proposed: [.sent, .withdrawn, .expired],
    .sent: [.accepted, .declined, .withdrawn, .expired],
    .accepted: [.completed, .withdrawn],
    .declined: [], .completed: [], .withdrawn: [], .expired: [],
]

struct ReferralMove: Sendable, CustomTestStringConvertible {
    let from: ReferralStatus
    let to: ReferralStatus
    var testDescription: String { "\(from.rawValue) → \(to.rawValue)" }
}

private let everyMove: [ReferralMove] = ReferralStatus.allCases.flatMap { from in ReferralStatus.allCases.map { ReferralMove(from: from, to: $0) } }
    .filter { !($0.from == .accepted && $0.to == .expired) }

@Suite("Referral lifecycle")
struct ReferralLifecycleTests {
    @Test("canMove(to:) allows exactly the lifecycle's transitions", arguments: everyMove)
    func table(_ move: ReferralMove) {
        #expect(move.from.canMove(to: move.to) == allowed[move.from]!.contains(move.to))
    }

    @Test("an accepted referral can be withdrawn but no longer expires: expiry is for referrals the provider never took up")
    func acceptedDoesNotExpire() {
        #expect(!ReferralStatus.accepted.canMove(to: .expired))
        #expect(ReferralStatus.accepted.canMove(to: .withdrawn))
        #expect(ReferralStatus.sent.canMove(to: .expired))
    }

    @Test("declined, completed, withdrawn and expired are final; the open states are not")
    func finalStates() {
        #expect(ReferralStatus.allCases.filter(\.isFinal) == [.declined, .completed, .withdrawn, .expired])
        #expect(!ReferralStatus.proposed.isFinal && !ReferralStatus.sent.isFinal && !ReferralStatus.accepted.isFinal)
    }

    @Test("no state moves to itself")
    func noSelfMoves() {
        for status in ReferralStatus.allCases { #expect(!status.canMove(to: status), "\(status)") }
    }

    @Test("a new referral is proposed with no history and no outcome")
    func fresh() {
        let value = referral()
        #expect(value.status == .proposed)
        #expect(value.history.isEmpty)
        #expect(value.outcome == nil)
    }

    @Test("an allowed move changes the status, appends one timestamped step, and keeps everything else")
    func allowedMove() throws {
        let before = referral()
        let after = try before.moving(to: .sent, at: start)
        #expect(after.status == .sent)
        #expect(after.history == [Referral.Transition(status: .sent, at: start)])
        var expected = before
        expected.status = .sent
        expected.history = after.history
        #expect(after == expected)
        #expect(before.status == .proposed && before.history.isEmpty, "the original is left alone")
    }

    @Test("the full happy path records every step in order, and the completed referral is valid")
    func happyPath() throws {
        let outcome = Referral.Outcome(result: .met, rating: 5)
        let completed = try referral()
            .moving(to: .sent, at: start)
            .moving(to: .accepted, at: start.addingTimeInterval(3_600))
            .moving(to: .completed, at: start.addingTimeInterval(86_400), outcome: outcome)
        #expect(completed.status == .completed)
        #expect(completed.outcome == outcome)
        #expect(completed.history.map(\.status) == [.sent, .accepted, .completed])
        #expect(completed.history.map(\.at) == [start, start.addingTimeInterval(3_600), start.addingTimeInterval(86_400)])
        #expect(completed.validationIssues() == [])
    }

    @Test("history is appended to, never replaced")
    func appends() throws {
        let earlier = Referral.Transition(status: .proposed, at: start.addingTimeInterval(-60))
        var value = referral()
        value.history = [earlier]
        let moved = try value.moving(to: .withdrawn, at: start)
        #expect(moved.history == [earlier, .init(status: .withdrawn, at: start)])
    }

    @Test("a refused move throws on `status`, naming both states and what is allowed")
    func refused() throws {
        let error = #expect(throws: ValidationError.self) { try referral(.proposed).moving(to: .accepted, at: start) }
        let issue = try #require(error?.issues.first)
        #expect(error?.issues.count == 1)
        #expect(issue.field == "status")
        #expect(issue.message.contains("'proposed'") && issue.message.contains("'accepted'"))
        #expect(issue.message.contains("sent, withdrawn, expired"))
    }

    @Test("a final state refuses every move and says it is final", arguments: [ReferralStatus.declined, .completed, .withdrawn, .expired])
    func finalRefuses(_ status: ReferralStatus) {
        for target in ReferralStatus.allCases {
            let error = #expect(throws: ValidationError.self) { try referral(status).moving(to: target, at: start) }
            #expect(error?.issues.map(\.field) == ["status"])
            #expect(error?.issues.first?.message.contains("none, it is final") == true)
        }
    }

    @Test("completing without an outcome is refused on `outcome`")
    func completeNeedsOutcome() {
        let error = #expect(throws: ValidationError.self) { try referral(.accepted).moving(to: .completed, at: start) }
        #expect(error?.issues.map(\.field) == ["outcome"])
    }

    @Test("an outcome given for any move but completion is refused on `outcome`", arguments: [ReferralStatus.sent, .withdrawn, .expired])
    func outcomeOnlyOnCompletion(_ target: ReferralStatus) {
        let error = #expect(throws: ValidationError.self) {
            try referral(.proposed).moving(to: target, at: start, outcome: .init(result: .unmet))
        }
        #expect(error?.issues.map(\.field) == ["outcome"])
    }

    @Test("a refused move is checked before the outcome: the status error wins")
    func statusFirst() {
        let error = #expect(throws: ValidationError.self) { try referral(.proposed).moving(to: .completed, at: start) }
        #expect(error?.issues.map(\.field) == ["status"])
    }
}
