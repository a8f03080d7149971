import Foundation
import TejidoModel

/// Reads Open Referral HSDS 3.0 into Tejido records.
///
/// Accepted input (`path`):
/// - one JSON document: an `organization`, `service`, `service_at_location`, `location`,
///   `taxonomy` or `taxonomy_term`, nested as deep as HSDS allows;
/// - a JSON list of such records, or a paginated list (an HSDS API page with `contents`);
/// - tabular JSON (`{"organizations.csv": [...], ...}` or `{"organization": [...], ...}`);
/// - a directory of such files, read in name order, subdirectories included (a Tejido export
///   written by ``HSDSExporter`` is one);
/// - a tabular data package: a directory with `datapackage.json` and the HSDS CSV files
///   (`organizations.csv`, `services.csv`, `service_at_location.csv`, …).
///
/// The same record met in several files (by HSDS id) is read once. Records that cannot be read (a
/// file that is not UTF-8 or not JSON, an organization without a name, a field Tejido reads with
/// the wrong type) go to ``ImportOutcome/rejected`` with file, record and field; what is accepted
/// but has no place in Tejido (extra fields, empty strings, HSDS fields Tejido does not keep) is
/// listed per record in ``ImportOutcome/dropped``. Taxonomy terms that map to no Tejido code
/// become services under `imported` and are counted in ``ImportOutcome/unmappedTerms``. The rules
/// are in `docs/interchange-hsds.md`.
public enum HSDSImporter {
    /// Reads `path` (a file or a directory). `taxonomy` and `areas` are the directory's current
    /// services and areas: terms and service areas are mapped onto them. Throws only when `path`
    /// does not exist or a directory cannot be listed; every other problem is in the outcome.
    public static func read(_ path: URL, taxonomy: Taxonomy, areas: AreaTree) throws -> ImportOutcome {
        var reader = HSDSDocumentReader()
        try reader.read(path)
        var mapper = HSDSMapper(store: reader.store, taxonomy: taxonomy, areas: areas, log: reader.log)
        return mapper.run()
    }
}
