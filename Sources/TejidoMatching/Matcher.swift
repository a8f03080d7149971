import TejidoDirectory
import TejidoModel

/// Ranks providers for a client's need and suggests partners, over one immutable directory
/// version. Answers are explained (every feature's contribution, and sentences a person reads)
/// and deterministic (equal scores break by id).
///
/// Build one matcher per directory version and share it: it keeps a pool of scratch buffers
/// sized to the directory, so queries allocate nothing per candidate. It is safe to use from
/// many tasks at once.
///
/// For a benchmark, the whole path from an open store is:
///
/// ```swift
/// let directory = Directory(try await store.dataset())        // build the snapshot
/// let bytes = directory.memoryFootprint.bytesPerOrganization  // hot columns and adjacency
/// let matcher = Matcher(directory)
/// _ = try matcher.referrals(ReferralQuery(client: slug, need: "finance.bookkeeping"))
/// _ = try matcher.partners(PartnerQuery(organization: slug))
/// ```
///
/// The first query on a new matcher allocates its scratch buffers; warm up with one query
/// before timing.
public struct Matcher: Sendable {
    /// The version every answer reflects.
    public let directory: Directory
    let pool: ScratchPool
    /// The tie-break order of this version's nodes.
    let order: IDOrder

    public init(_ directory: Directory) {
        self.directory = directory
        pool = ScratchPool(nodeCount: directory.nodeCount)
        order = directory.idOrder
    }

    /// The organization with this id or slug, or an error naming the closest slug.
    func resolveOrganization(_ idOrSlug: String) throws(MatchError) -> (node: UInt32, entry: OrganizationSummary) {
        guard let id = directory.id(idOrSlug), let node = directory.node(of: id), let entry = directory.summary(node: node) else {
            throw .unknownOrganization(idOrSlug, suggestion: CloseMatch.best(for: idOrSlug, among: directory.slugs.map(\.rawValue)))
        }
        return (node, entry)
    }

    /// The dense index of `code`, or an error naming the closest code.
    func resolveService(_ code: ServiceCode) throws(MatchError) -> UInt16 {
        guard let index = directory.reference.serviceIndex[code] else {
            let codes = directory.taxonomy.services.map(\.code.rawValue)
            let hint = CloseMatch.best(for: code.rawValue, among: codes) ?? directory.taxonomy.lookup(code.rawValue, limit: 1).first?.service.code.rawValue
            throw .unknownService(code.rawValue, suggestion: hint)
        }
        return index
    }

    /// How an answer names `node`.
    func reference(_ node: UInt32) -> OrganizationRef {
        let label = directory.label(node: node)!
        return OrganizationRef(id: label.id, slug: label.slug, name: label.name)
    }
}
