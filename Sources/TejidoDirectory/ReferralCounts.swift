import TejidoModel

/// What the referrals sent to one provider have come to: its track record (how many it accepted
/// and how many met the client's need) and its current load (referrals in progress, by service).
/// The directory keeps one per organization and updates it from the change log, so a new outcome
/// changes the next match without a restart.
public struct ReferralCounts: Hashable, Sendable {
    /// Referrals that reached the provider: sent, or anything that follows a send.
    public var sent: Int
    /// Referrals the provider accepted (accepted or completed, or withdrawn after accepting).
    public var accepted: Int
    /// Referrals the provider declined.
    public var declined: Int
    /// Referrals sent to the provider that expired unanswered.
    public var expired: Int
    /// Completed referrals whose need was met.
    public var met: Int
    /// Completed referrals whose need was partly met.
    public var partlyMet: Int
    /// Completed referrals whose need was not met.
    public var unmet: Int
    /// Referrals in progress (sent or accepted, not yet final), by service: the provider's load.
    public var open: [ServiceCode: Int]

    public init(sent: Int = 0, accepted: Int = 0, declined: Int = 0, expired: Int = 0, met: Int = 0, partlyMet: Int = 0, unmet: Int = 0, open: [ServiceCode: Int] = [:]) {
        self.sent = sent
        self.accepted = accepted
        self.declined = declined
        self.expired = expired
        self.met = met
        self.partlyMet = partlyMet
        self.unmet = unmet
        self.open = open
    }

    /// Completed referrals, whatever the outcome.
    public var completed: Int { met + partlyMet + unmet }

    /// Referrals that reached a verdict the provider answers for: declined, expired after being
    /// sent, or completed. Withdrawn referrals are the referrer's doing and do not count.
    public var decided: Int { declined + expired + completed }

    /// Referrals in progress, over every service.
    public var openTotal: Int { open.values.reduce(0, +) }

    /// Whether no referral ever reached the provider.
    public var isEmpty: Bool { self == ReferralCounts() }

    /// Adds (`sign` = 1) or removes (`sign` = -1) what one referral contributes.
    package mutating func add(_ fact: ReferralFact, sign: Int) {
        guard fact.reached else { return }
        sent += sign
        if fact.accepted { accepted += sign }
        if fact.declined { declined += sign }
        if fact.expired { expired += sign }
        switch fact.result {
        case .met?: met += sign
        case .partly?: partlyMet += sign
        case .unmet?: unmet += sign
        case nil: break
        }
        if fact.isOpen {
            let count = open[fact.service, default: 0] + sign
            open[fact.service] = count > 0 ? count : nil
        }
    }
}

/// The part of a referral the counts depend on, kept per referral id so that a later version of
/// the same referral replaces the earlier one's contribution instead of adding to it. The store
/// keeps ``bits`` beside each referral, so counts are rebuilt without decoding referrals.
package struct ReferralFact: Hashable, Sendable {
    let provider: OrganizationID
    package let service: ServiceCode
    let reached: Bool
    let accepted: Bool
    let declined: Bool
    let expired: Bool
    let isOpen: Bool
    let result: Referral.Outcome.Result?

    package init(_ referral: Referral) {
        let passed = Set(referral.history.map(\.status))
        provider = referral.provider
        service = referral.service
        switch referral.status {
        case .proposed: reached = false
        case .sent, .accepted, .declined, .completed: reached = true
        case .withdrawn, .expired: reached = passed.contains(.sent) || passed.contains(.accepted)
        }
        accepted = referral.status == .accepted || referral.status == .completed || (referral.status == .withdrawn && passed.contains(.accepted))
        declined = referral.status == .declined
        expired = referral.status == .expired && reached
        isOpen = referral.status == .sent || referral.status == .accepted
        result = referral.status == .completed ? referral.outcome?.result : nil
    }

    /// The fact's flags and result in one byte: reached, accepted, declined, expired, open in
    /// bits 0–4, the result in bits 5–6 (0 none, 1 met, 2 partly, 3 unmet).
    package var bits: UInt8 {
        var bits: UInt8 = 0
        if reached { bits |= 1 }
        if accepted { bits |= 2 }
        if declined { bits |= 4 }
        if expired { bits |= 8 }
        if isOpen { bits |= 16 }
        let code: UInt8 = switch result {
        case nil: 0
        case .met?: 1
        case .partly?: 2
        case .unmet?: 3
        }
        return bits | code << 5
    }

    /// The fact of a referral to `provider` for `service` whose flags are ``bits``; nil for bits no fact has.
    package init?(provider: OrganizationID, service: ServiceCode, bits: UInt8) {
        guard bits < 0x80 else { return nil }
        self.provider = provider
        self.service = service
        reached = bits & 1 != 0
        accepted = bits & 2 != 0
        declined = bits & 4 != 0
        expired = bits & 8 != 0
        isOpen = bits & 16 != 0
        result = switch bits >> 5 {
        case 1: .met
        case 2: .partly
        case 3: .unmet
        default: nil
        }
    }
}

extension ReferralFact {
    /// What each of the dataset's referrals contributes to its provider's counts.
    package static func facts(of dataset: DirectoryDataset) -> [ReferralID: ReferralFact] {
        var facts = [ReferralID: ReferralFact](minimumCapacity: dataset.referrals.count)
        for referral in dataset.referrals { facts[referral.id] = ReferralFact(referral) }
        return facts
    }
}
