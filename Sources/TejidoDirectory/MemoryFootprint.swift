/// How much memory the hot part of a directory snapshot takes: the columns and adjacency the
/// matcher and search read on their hot paths (struct-of-arrays columns, CSR lists, posting lists,
/// the overlay's columns), not the full records kept for lookups and explanations. Array payloads
/// only, without the few dozen bytes of array headers.
public struct MemoryFootprint: Hashable, Sendable {
    /// Organizations in the version (base and overlay).
    public let organizations: Int
    /// Bytes of the base snapshot's hot columns and adjacency.
    public let baseBytes: Int
    /// Bytes of the overlay's columns.
    public let overlayBytes: Int

    public init(organizations: Int, baseBytes: Int, overlayBytes: Int) {
        self.organizations = organizations
        self.baseBytes = baseBytes
        self.overlayBytes = overlayBytes
    }

    /// All hot bytes.
    public var hotBytes: Int { baseBytes + overlayBytes }

    /// Hot bytes per organization; the design budget is 200.
    public var bytesPerOrganization: Double { organizations > 0 ? Double(hotBytes) / Double(organizations) : 0 }
}
