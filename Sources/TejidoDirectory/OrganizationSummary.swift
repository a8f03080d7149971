import TejidoModel

/// What a query reads of an organization it names: the fields of its record and of its offerings
/// that answers and reasons use, and what the referrals sent to it came to. Needs, relationships,
/// descriptions, sources and contacts are left out: the matcher takes what it scores from the
/// columns. A directory whose records live in the store builds a summary from the narrow columns
/// and match facts kept beside each payload, without JSON (``Profile/init(id:slug:name:locality:facts:)``,
/// ``Terms/init(service:capacityPerMonth:coopFluent:facts:)``); ``Profile`` and ``Terms`` also
/// decode a stored payload directly, skipping the fields they do not keep.
package struct OrganizationSummary: Hashable, Sendable {
    /// The organization's fields that answers and reasons use.
    package struct Profile: Hashable, Sendable, Decodable {
        package let id: OrganizationID
        package let slug: Slug
        package let name: String
        package let kinds: [OrganizationKind]
        package let sectors: [String]
        /// The primary subtags of its languages, as listed: all that reasons name.
        package let languages: [String]
        package let populationsServed: [String]
        package let coopFluency: CoopFluency?
        /// The locality of its first location.
        package let locality: String?

        package init(_ organization: Organization) {
            id = organization.id
            slug = organization.slug
            name = organization.name
            kinds = organization.kinds
            sectors = organization.sectors
            languages = organization.languages.map(\.primary)
            populationsServed = organization.populationsServed
            coopFluency = organization.coopFluency
            locality = organization.locations.first?.locality
        }

        /// The profile from the columns the store keeps beside the payload: the same as
        /// ``init(_:)`` of the record they were written from.
        package init(id: OrganizationID, slug: Slug, name: String, locality: String?, facts: OrganizationMatchFacts) {
            self.id = id
            self.slug = slug
            self.name = name
            kinds = facts.kindList
            sectors = facts.sectors
            languages = facts.languages
            populationsServed = facts.populations
            coopFluency = facts.coopFluency
            self.locality = locality
        }

        private enum CodingKeys: String, CodingKey {
            case id, slug, name, kinds, sectors, languages, populationsServed = "populations_served", coopFluency = "coop_fluency", locations
        }

        /// The locality alone of a stored location.
        private struct Place: Decodable {
            let locality: String?
        }

        /// Decodes an organization's stored payload as ``Organization`` would, keeping these fields.
        package init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(OrganizationID.self, forKey: .id)
            slug = try c.decode(Slug.self, forKey: .slug)
            name = try c.decode(String.self, forKey: .name)
            kinds = try c.decodeIfPresent([OrganizationKind].self, forKey: .kinds) ?? []
            sectors = try c.decodeIfPresent([String].self, forKey: .sectors) ?? []
            languages = (try c.decodeIfPresent([LanguageCode].self, forKey: .languages) ?? []).map(\.primary)
            populationsServed = try c.decodeIfPresent([String].self, forKey: .populationsServed) ?? []
            coopFluency = try c.decodeIfPresent(CoopFluency.self, forKey: .coopFluency)
            locality = try c.decodeIfPresent([Place].self, forKey: .locations)?.first?.locality
        }
    }

    /// An offering's fields that reasons use.
    package struct Terms: Hashable, Sendable, Decodable {
        package let service: ServiceCode
        /// The primary subtags of the languages it names, as listed.
        package let languages: [String]
        package let capacityPerMonth: Int?
        package let cost: Offering.Cost?
        package let coopFluent: Bool?

        package init(_ offering: Offering) {
            service = offering.service
            languages = offering.languages.map(\.primary)
            capacityPerMonth = offering.capacityPerMonth
            cost = offering.cost
            coopFluent = offering.coopFluent
        }

        /// The terms from the columns the store keeps beside the payload: the same as
        /// ``init(_:)`` of the record they were written from.
        package init(service: ServiceCode, capacityPerMonth: Int?, coopFluent: Bool?, facts: OfferingMatchFacts) {
            self.service = service
            languages = facts.languages
            self.capacityPerMonth = capacityPerMonth
            self.coopFluent = coopFluent
            cost = switch facts.bits & MatchColumns.OfferingBit.costMask {
            case MatchColumns.CostCode.free: .free
            case MatchColumns.CostCode.slidingScale: .slidingScale
            case MatchColumns.CostCode.paid: .paid
            default: nil
            }
        }

        private enum CodingKeys: String, CodingKey {
            case service, languages, capacityPerMonth = "capacity_per_month", cost, coopFluent = "coop_fluent"
        }

        /// Decodes an offering's stored payload as ``Offering`` would, keeping these fields.
        package init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            service = try c.decode(ServiceCode.self, forKey: .service)
            languages = (try c.decodeIfPresent([LanguageCode].self, forKey: .languages) ?? []).map(\.primary)
            capacityPerMonth = try c.decodeIfPresent(Int.self, forKey: .capacityPerMonth)
            cost = try c.decodeIfPresent(Offering.Cost.self, forKey: .cost)
            coopFluent = try c.decodeIfPresent(Bool.self, forKey: .coopFluent)
        }
    }

    package let organization: Profile
    /// Its offerings, in id order.
    package let offerings: [Terms]
    package let referrals: ReferralCounts

    package init(organization: Profile, offerings: [Terms], referrals: ReferralCounts) {
        self.organization = organization
        self.offerings = offerings
        self.referrals = referrals
    }
}

extension OrganizationEntry {
    /// The part of this entry a query reads.
    package var summary: OrganizationSummary {
        OrganizationSummary(organization: .init(organization), offerings: offerings.map(OrganizationSummary.Terms.init), referrals: referrals)
    }
}
