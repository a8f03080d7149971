/// What an HSDS export wrote.
public struct HSDSExportSummary: Hashable, Sendable {
    /// The files written, relative to the export directory, in the order an importer reads them
    /// (`taxonomies.json`, `taxonomy_terms-0001.json`, `organizations-0001.json`, …).
    public var files: [String]
    /// HSDS `organization` records written (one per Tejido organization).
    public var organizations: Int
    /// HSDS `service` records written (one per Tejido offering).
    public var services: Int
    /// HSDS `location` records written: one per Tejido location, plus one `virtual` location per
    /// organization with an offering delivered remotely.
    public var locations: Int
    /// HSDS `taxonomy_term` records written (services, areas and Tejido fields).
    public var taxonomyTerms: Int
    /// Bytes written in all.
    public var bytes: Int

    public init(files: [String] = [], organizations: Int = 0, services: Int = 0, locations: Int = 0, taxonomyTerms: Int = 0, bytes: Int = 0) {
        self.files = files
        self.organizations = organizations
        self.services = services
        self.locations = locations
        self.taxonomyTerms = taxonomyTerms
        self.bytes = bytes
    }

    /// How many files were written.
    public var filesWritten: Int { files.count }
}
