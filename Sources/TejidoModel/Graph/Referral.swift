import Foundation

/// A referral: a referrer sends a client organization to a provider for a need. Its status moves
/// through a fixed lifecycle, every transition timestamped; completed referrals carry an outcome
/// that feeds the matcher's track record.
public struct Referral: Hashable, Sendable, Codable, Identifiable {
    /// The lifecycle: `proposed → sent → accepted | declined`, `accepted → completed`;
    /// `withdrawn` from any open state, and `expired` before the provider accepts.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case proposed, sent, accepted, declined, completed, withdrawn, expired

        /// The states a referral in this state may move to.
        public var next: [Status] {
            switch self {
            case .proposed: [.sent, .withdrawn, .expired]
            case .sent: [.accepted, .declined, .withdrawn, .expired]
            case .accepted: [.completed, .withdrawn]
            case .declined, .completed, .withdrawn, .expired: []
            }
        }

        /// Whether no further transition is possible.
        public var isFinal: Bool { next.isEmpty }

        /// Whether moving to `status` is allowed.
        public func canMove(to status: Status) -> Bool { next.contains(status) }
    }

    /// How a completed referral turned out.
    public struct Outcome: Hashable, Sendable, Codable {
        /// Whether the need was met.
        public enum Result: String, Hashable, Sendable, Codable, CaseIterable { case met, partly, unmet }
        public var result: Result
        /// The client's rating, 1–5.
        public var rating: Int?
        public init(result: Result, rating: Int? = nil) {
            self.result = result
            self.rating = rating
        }
    }

    /// One step of the audit trail.
    public struct Transition: Hashable, Sendable, Codable {
        public var status: Status
        public var at: Date
        public init(status: Status, at: Date) {
            self.status = status
            self.at = at
        }
    }

    public var id: ReferralID
    public var referrer: OrganizationID
    public var client: OrganizationID
    public var provider: OrganizationID
    public var service: ServiceCode
    public var need: NeedID?
    public var message: String?
    /// Private to the referrer and the provider.
    public var notes: String?
    public var status: Status
    public var outcome: Outcome?
    public var history: [Transition]

    /// The record with private fields removed, for public output: the notes.
    public var publicView: Referral {
        var copy = self
        copy.notes = nil
        return copy
    }

    public init(
        id: ReferralID, referrer: OrganizationID, client: OrganizationID, provider: OrganizationID, service: ServiceCode, need: NeedID? = nil,
        message: String? = nil, notes: String? = nil, status: Status = .proposed, outcome: Outcome? = nil, history: [Transition] = []
    ) {
        self.id = id
        self.referrer = referrer
        self.client = client
        self.provider = provider
        self.service = service
        self.need = need
        self.message = message
        self.notes = notes
        self.status = status
        self.outcome = outcome
        self.history = history
    }

    /// The referral moved to `status` at `date`, or an error naming the illegal transition. An
    /// outcome is required to complete, and only allowed then.
    public func moving(to status: Status, at date: Date, outcome: Outcome? = nil) throws(ValidationError) -> Referral {
        guard self.status.canMove(to: status) else {
            throw ValidationError([.init("status", "cannot move a referral from '\(self.status.rawValue)' to '\(status.rawValue)'; allowed: \(self.status.next.map(\.rawValue).joined(separator: ", ").nonEmpty ?? "none, it is final")")])
        }
        if status == .completed && outcome == nil {
            throw ValidationError([.init("outcome", "completing a referral needs an outcome (met, partly or unmet)")])
        }
        if status != .completed && outcome != nil {
            throw ValidationError([.init("outcome", "an outcome is given only when completing a referral")])
        }
        var copy = self
        copy.status = status
        copy.outcome = outcome ?? self.outcome
        copy.history.append(Transition(status: status, at: date))
        return copy
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
