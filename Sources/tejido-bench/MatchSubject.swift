import TejidoDirectory
import TejidoMatching
import TejidoModel
import TejidoStore

// Every call the bench makes into the directory snapshot and the matcher is in this file, so that
// when their API changes (a memory-footprint property, new query options) this is the one place
// to adapt.

/// The matcher under test, over one directory version built from the store.
struct MatchSubject: Sendable {
    let directory: Directory
    let matcher: Matcher

    /// What ``read(_:)`` hands to ``init(_:)``: the store's narrow columns and its cold records.
    typealias StoreRead = (columns: DirectoryColumns, cold: any ColdEntries)

    /// The "store read" phase of `SQLiteStore.directory()` (what `tejido match` loads): the
    /// narrow columns, from one database snapshot that also answers for full records later.
    static func read(_ store: SQLiteStore) async throws -> StoreRead {
        guard let read = try await store.directoryColumns() else { throw BenchError("the store has no database file to read columns from") }
        return read
    }

    /// The "snapshot build" phase: the directory snapshot from those columns, and a matcher over it.
    init(_ read: StoreRead) {
        directory = Directory(columns: read.columns, cold: read.cold)
        matcher = Matcher(directory)
    }

    var organizationCount: Int { directory.count }

    /// Bytes per organization of the snapshot's hot columns and adjacency, as the directory
    /// itself counts them (`Directory.hotBytesPerOrganization`, package API); nil if the
    /// directory cannot say.
    var hotBytesPerOrganization: Double? { directory.memoryFootprint.bytesPerOrganization }

    /// Where the figure above comes from, for the report.
    static let hotBytesSource = "Directory.memoryFootprint.bytesPerOrganization (hot columns and adjacency)"

    /// How many suggestions each query asks for.
    static let limit = 20

    /// One referral query: the top `limit` providers for `client` needing `need`, with their
    /// explanations. Returns the providers' ids, best first (empty when none qualifies).
    func referrals(client: OrganizationID, need: ServiceCode, radiusKm: Double) throws -> [OrganizationID] {
        let answer = try matcher.referrals(ReferralQuery(client: client.description, need: need, radiusKm: radiusKm, limit: Self.limit))
        return answer.items.map(\.provider.id)
    }

    /// One partner query: the top `limit` partners for `organization`, with their reasons.
    func partners(of organization: OrganizationID, radiusKm: Double) throws -> Int {
        try matcher.partners(PartnerQuery(organization: organization.description, limit: Self.limit, radiusKm: radiusKm)).items.count
    }

    /// The referral features' default weights by name, so the SQL baseline scores with the same ones.
    static var referralWeights: [String: Double] {
        Dictionary(uniqueKeysWithValues: ReferralFeature.allCases.map { ($0.rawValue, $0.defaultWeight) })
    }
}
