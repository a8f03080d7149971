import TejidoDirectory
import TejidoModel

/// What a query's summary of each organization reads (``OrganizationSummary``), packed in flat
/// byte arrays by base position while the snapshot's narrow columns are read: slug, name,
/// locality and match facts; each offering's service, stated capacity, co-op fluency flag and
/// facts, in id order; and the facts of the referrals it received. A summary is then decoded from
/// memory (about 170 bytes an organization) instead of three indexed reads of the store, which
/// were most of an explained answer's time.
///
/// Lengths and counts are LEB128; a service is its index in ``services``; a capacity is stored as
/// its value + 1 (0: none stated), the co-op flag as 0 (none stated), 1 (false) or 2 (true), a
/// locality behind a presence byte.
struct SummaryArena: Sendable {
    /// Organization `p`'s slug, name, locality and facts: `profiles.bytes[profileStarts[p]..<profileStarts[p + 1]]`.
    private(set) var profiles = MatchBytesWriter()
    private(set) var profileStarts: [UInt32] = [0]
    /// Organization `p`'s offerings: `offerings.bytes[offeringStarts[p]..<offeringStarts[p + 1]]`.
    private(set) var offerings = MatchBytesWriter()
    private(set) var offeringStarts: [UInt32] = [0]
    /// Organization `p`'s received referrals, as service index and fact byte:
    /// `referralServices[referralStarts[p]..<referralStarts[p + 1]]` and the same of `referralBits`.
    private(set) var referralServices: [UInt16] = []
    private(set) var referralBits: [UInt8] = []
    private(set) var referralStarts: [UInt32] = [0]
    /// The services offerings and referrals name, by index.
    private(set) var services: [ServiceCode] = []
    private var serviceIndex: [ServiceCode: UInt16] = [:]

    var count: Int { profileStarts.count - 1 }

    // MARK: Writing, one organization at a time in position order

    /// Starts the next organization with its own fields.
    mutating func appendProfile(slug: UnsafeRawBufferPointer?, name: UnsafeRawBufferPointer?, locality: UnsafeRawBufferPointer?, facts: UnsafeRawBufferPointer?) {
        profiles.lengthPrefixed(slug)
        profiles.lengthPrefixed(name)
        profiles.byte(locality == nil ? 0 : 1)
        if let locality { profiles.lengthPrefixed(locality) }
        profiles.lengthPrefixed(facts)
        profileStarts.append(UInt32(profiles.bytes.count))
    }

    /// The same profiles with organization `i` taking the profile written `order[i]`-th; nothing else.
    func profiles(inOrder order: [Int]) -> SummaryArena {
        var sorted = SummaryArena()
        sorted.profiles.reserveCapacity(profiles.bytes.count)
        sorted.profileStarts.reserveCapacity(profileStarts.count)
        for index in order {
            sorted.profiles.copied(profiles.bytes[Int(profileStarts[index])..<Int(profileStarts[index + 1])])
            sorted.profileStarts.append(UInt32(sorted.profiles.bytes.count))
        }
        return sorted
    }

    /// The index of `service` in ``services``, adding it if new.
    mutating func index(of service: ServiceCode) -> UInt16 {
        if let index = serviceIndex[service] { return index }
        let index = UInt16(services.count)
        services.append(service)
        serviceIndex[service] = index
        return index
    }

    /// Adds one offering to the current organization (call in id order, before ``endOfferings()``).
    mutating func appendOffering(service: UInt16, capacity: Int64?, coopFluent: Int64?, facts: UnsafeRawBufferPointer?) {
        offerings.count(Int(service))
        offerings.count(capacity.map { Int(min(max(0, $0), 1 << 40)) + 1 } ?? 0)  // one past what a reader decodes (2^28) is read from the store
        offerings.byte(coopFluent.map { $0 != 0 ? 2 : 1 } ?? 0)
        offerings.lengthPrefixed(facts)
    }

    /// Closes the current organization's offerings.
    mutating func endOfferings() { offeringStarts.append(UInt32(offerings.bytes.count)) }

    /// Adds one referral the current organization received.
    mutating func appendReferral(service: UInt16, bits: UInt8) {
        referralServices.append(service)
        referralBits.append(bits)
    }

    /// Closes the current organization's referrals.
    mutating func endReferrals() { referralStarts.append(UInt32(referralBits.count)) }

    // MARK: Reading

    /// A reader of `all[start..<end]`.
    private static func reader(_ all: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> MatchBytesReader {
        MatchBytesReader(UnsafeRawBufferPointer(rebasing: all[start..<end]))
    }

    /// The slug and name of the organization at `position`.
    func label(at position: Int) -> (slug: Slug, name: String)? {
        profiles.bytes.withUnsafeBytes { all in
            var reader = Self.reader(all, Int(profileStarts[position]), Int(profileStarts[position + 1]))
            guard let slug = reader.string(), let name = reader.string() else { return nil }
            return (Slug(slug), name)
        }
    }

    /// The summary of the organization `id` at `position`; nil when its bytes do not decode (its
    /// facts were missing or of another layout), so the caller reads the store instead.
    func summary(_ id: OrganizationID, at position: Int) -> OrganizationSummary? {
        let profile: OrganizationSummary.Profile? = profiles.bytes.withUnsafeBytes { all in
            var reader = Self.reader(all, Int(profileStarts[position]), Int(profileStarts[position + 1]))
            guard let slug = reader.string(), let name = reader.string(), let present = reader.byte() else { return nil }
            var locality: String?
            if present != 0 {
                guard let text = reader.string() else { return nil }
                locality = text
            }
            guard let bytes = reader.lengthPrefixed(), let facts = OrganizationMatchFacts(decoding: bytes, areas: false) else { return nil }
            return OrganizationSummary.Profile(id: id, slug: Slug(slug), name: name, locality: locality, facts: facts)
        }
        guard let profile else { return nil }
        let terms: [OrganizationSummary.Terms]? = offerings.bytes.withUnsafeBytes { all in
            var reader = Self.reader(all, Int(offeringStarts[position]), Int(offeringStarts[position + 1]))
            var terms: [OrganizationSummary.Terms] = []
            while !reader.isAtEnd {
                guard let service = reader.count(), service < services.count, let capacity = reader.count(), let flag = reader.byte(),
                      let bytes = reader.lengthPrefixed(), let facts = OfferingMatchFacts(decoding: bytes, areas: false)
                else { return nil }
                terms.append(.init(
                    service: services[Int(service)], capacityPerMonth: capacity == 0 ? nil : Int(capacity - 1), coopFluent: flag == 0 ? nil : flag == 2, facts: facts))
            }
            return terms
        }
        guard let terms else { return nil }
        var counts = ReferralCounts()
        for index in Int(referralStarts[position])..<Int(referralStarts[position + 1]) {
            guard let fact = ReferralFact(provider: id, service: services[Int(referralServices[index])], bits: referralBits[index]) else { return nil }
            counts.add(fact, sign: 1)
        }
        return OrganizationSummary(organization: profile, offerings: terms, referrals: counts)
    }
}
