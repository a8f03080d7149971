import TejidoModel

/// What an explanation reads of an organization: its record, its offerings and what the referrals
/// sent to it came to — not its needs or relationships, which the matcher takes from the columns.
/// A directory whose records live in the store reads a summary in about half the time of a full
/// entry, since relationships are most of an organization's payloads.
package struct OrganizationSummary: Hashable, Sendable {
    package let organization: Organization
    package let offerings: [Offering]
    package let referrals: ReferralCounts

    package init(organization: Organization, offerings: [Offering], referrals: ReferralCounts) {
        self.organization = organization
        self.offerings = offerings
        self.referrals = referrals
    }
}

extension OrganizationEntry {
    /// The part of this entry an explanation reads.
    package var summary: OrganizationSummary { OrganizationSummary(organization: organization, offerings: offerings, referrals: referrals) }
}
