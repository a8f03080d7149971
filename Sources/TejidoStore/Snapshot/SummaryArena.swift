import TejidoDirectory
import TejidoModel

/// What a query's summary of each organization reads (``OrganizationSummary``), packed in flat
/// byte arrays by base position while the snapshot's narrow columns are read: slug, name,
/// locality and match facts; each offering's service, stated capacity, co-op fluency flag and
/// facts, in id order; and the facts of the referrals it received. A summary is then decoded from
/// memory (about 170 bytes an organization) instead of three indexed reads of the store, which
/// were most of an explained answer's time.
///
/// Lengths and counts are LEB128; a capacity is stored as its value + 1 (0: none stated), the
/// co-op flag as 0 (none stated), 1 (false) or 2 (true), a locality behind a presence byte.
struct SummaryArena: Sendable {
    /// Organization `p`'s slug, name, locality and facts: `profiles[profileStarts[p]..<profileStarts[p + 1]]`.
    private(set) var profiles: [UInt8] = []
    private(set) var profileStarts: [UInt32] = [0]
    /// Organization `p`'s offerings: `offerings[offeringStarts[p]..<offeringStarts[p + 1]]`.
    private(set) var offerings: [UInt8] = []
    private(set) var offeringStarts: [UInt32] = [0]
    /// Organization `p`'s received referrals: `referralFacts[referralStarts[p]..<referralStarts[p + 1]]`.
    private(set) var referralFacts: [ReferralFact] = []
    private(set) var referralStarts: [UInt32] = [0]

    var count: Int { profileStarts.count - 1 }

    // MARK: Writing, one organization at a time in position order

    /// Starts the next organization with its own fields.
    mutating func appendProfile(slug: UnsafeRawBufferPointer?, name: UnsafeRawBufferPointer?, locality: UnsafeRawBufferPointer?, facts: UnsafeRawBufferPointer?) {
        Self.bytes(slug, to: &profiles)
        Self.bytes(name, to: &profiles)
        profiles.append(locality == nil ? 0 : 1)
        if let locality { Self.bytes(locality, to: &profiles) }
        Self.bytes(facts, to: &profiles)
        profileStarts.append(UInt32(profiles.count))
    }

    /// The same profiles with organization `i` taking the profile written `order[i]`-th; nothing else.
    func profiles(inOrder order: [Int]) -> SummaryArena {
        var sorted = SummaryArena()
        sorted.profiles.reserveCapacity(profiles.count)
        sorted.profileStarts.reserveCapacity(profileStarts.count)
        for index in order {
            sorted.profiles.append(contentsOf: profiles[Int(profileStarts[index])..<Int(profileStarts[index + 1])])
            sorted.profileStarts.append(UInt32(sorted.profiles.count))
        }
        return sorted
    }

    /// Adds one offering to the current organization (call in id order, before ``endOfferings()``).
    mutating func appendOffering(service: UnsafeRawBufferPointer?, capacity: Int64?, coopFluent: Int64?, facts: UnsafeRawBufferPointer?) {
        Self.bytes(service, to: &offerings)
        Self.count(capacity.map { UInt64(max(0, $0)) + 1 } ?? 0, to: &offerings)
        offerings.append(coopFluent.map { $0 != 0 ? 2 : 1 } ?? 0)
        Self.bytes(facts, to: &offerings)
    }

    /// Closes the current organization's offerings.
    mutating func endOfferings() { offeringStarts.append(UInt32(offerings.count)) }

    /// Closes the current organization's referrals, given them.
    mutating func appendReferrals(_ facts: some Sequence<ReferralFact>) {
        referralFacts.append(contentsOf: facts)
        referralStarts.append(UInt32(referralFacts.count))
    }

    private static func count(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func bytes(_ value: UnsafeRawBufferPointer?, to bytes: inout [UInt8]) {
        guard let value else { return count(0, to: &bytes) }
        count(UInt64(value.count), to: &bytes)
        bytes.append(contentsOf: value)
    }

    // MARK: Reading

    /// The slug and name of the organization at `position`.
    func label(at position: Int) -> (slug: Slug, name: String)? {
        profiles.withUnsafeBytes { all in
            var reader = Reader(all, from: Int(profileStarts[position]), to: Int(profileStarts[position + 1]))
            guard let slug = reader.text(), let name = reader.text() else { return nil }
            return (Slug(slug), name)
        }
    }

    /// The summary of the organization `id` at `position`; nil when its bytes do not decode (its
    /// facts were missing or of another layout), so the caller reads the store instead.
    func summary(_ id: OrganizationID, at position: Int) -> OrganizationSummary? {
        let profile: OrganizationSummary.Profile? = profiles.withUnsafeBytes { all in
            var reader = Reader(all, from: Int(profileStarts[position]), to: Int(profileStarts[position + 1]))
            guard let slug = reader.text(), let name = reader.text(), let present = reader.byte() else { return nil }
            var locality: String?
            if present != 0 {
                guard let text = reader.text() else { return nil }
                locality = text
            }
            guard let bytes = reader.bytes(), let facts = OrganizationMatchFacts(decoding: bytes, areas: false) else { return nil }
            return OrganizationSummary.Profile(id: id, slug: Slug(slug), name: name, locality: locality, facts: facts)
        }
        guard let profile else { return nil }
        let terms: [OrganizationSummary.Terms]? = offerings.withUnsafeBytes { all in
            var reader = Reader(all, from: Int(offeringStarts[position]), to: Int(offeringStarts[position + 1]))
            var terms: [OrganizationSummary.Terms] = []
            while !reader.isAtEnd {
                guard let service = reader.text(), let capacity = reader.count(), let flag = reader.byte(), let bytes = reader.bytes(),
                      let facts = OfferingMatchFacts(decoding: bytes, areas: false)
                else { return nil }
                terms.append(.init(
                    service: ServiceCode(service), capacityPerMonth: capacity == 0 ? nil : Int(capacity - 1), coopFluent: flag == 0 ? nil : flag == 2, facts: facts))
            }
            return terms
        }
        guard let terms else { return nil }
        var counts = ReferralCounts()
        for index in Int(referralStarts[position])..<Int(referralStarts[position + 1]) { counts.add(referralFacts[index], sign: 1) }
        return OrganizationSummary(organization: profile, offerings: terms, referrals: counts)
    }

    /// Reads what the writing half wrote; every read fails (returns nil) past the end.
    private struct Reader {
        let all: UnsafeRawBufferPointer
        var offset: Int
        let end: Int

        init(_ all: UnsafeRawBufferPointer, from start: Int, to end: Int) {
            self.all = all
            offset = start
            self.end = end
        }

        var isAtEnd: Bool { offset >= end }

        mutating func byte() -> UInt8? {
            guard offset < end else { return nil }
            defer { offset += 1 }
            return all[offset]
        }

        mutating func count() -> UInt64? {
            var value: UInt64 = 0, shift: UInt64 = 0
            while let next = byte() {
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
                if shift > 56 { return nil }
            }
            return nil
        }

        mutating func bytes() -> UnsafeRawBufferPointer? {
            guard let length = count(), length <= UInt64(end - offset) else { return nil }
            defer { offset += Int(length) }
            return UnsafeRawBufferPointer(rebasing: all[offset..<offset + Int(length)])
        }

        mutating func text() -> String? { bytes().map { String(decoding: $0, as: UTF8.self) } }
    }
}
