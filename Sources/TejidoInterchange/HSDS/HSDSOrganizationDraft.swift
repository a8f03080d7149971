import TejidoModel

/// An organization being built from HSDS records, with what the importer still needs to finish
/// it: its HSDS key and origin, whether Tejido wrote it, and the languages and areas its services
/// and locations state (a foreign organization's own lists are their union).
struct HSDSOrganizationDraft: Sendable {
    var organization: Organization
    var key: String
    var origin: HSDSOrigin
    /// Whether the record carries Tejido's `organization.slug` attribute: a Tejido export.
    var isTejido: Bool
    /// HSDS keys of the locations already added, so one location is added once.
    var locationKeys: Set<String> = []
    /// HSDS keys (or names) of the contacts already added.
    var contactKeys: Set<String> = []
    var statedLanguages: [LanguageCode] = []
    var statedAreas: [AreaID] = []
}
