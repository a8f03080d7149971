import Foundation
import TejidoModel

/// Writes a directory as Open Referral HSDS 3.0 JSON, in the shape of the HSDS API's paginated
/// lists, each record fully nested:
///
/// ```
/// <directory>/
///   taxonomies.json              taxonomy_list page: "Tejido services", "Tejido areas", "Tejido fields"
///   taxonomy_terms-0001.json …   taxonomy_term_list pages: every service code, area and Tejido field
///   organizations-0001.json …    organization_list pages (full): organizations with their services,
///                                locations, phones, contacts, attributes and metadata
/// ```
///
/// Pages hold up to 1,000 records, organizations in id order. Every Tejido field with no HSDS home
/// travels as an `attribute` named by a "Tejido fields" term, and every source as `metadata`, so
/// ``HSDSImporter`` reads the export back to an equal dataset. Contacts, an activity report's
/// submitter and referrals are written only when `includePrivate` is true. The mapping is in
/// `docs/interchange-hsds.md`.
public enum HSDSExporter {
    /// Exports `dataset` into `directory` (created if needed). Files of an earlier export in the
    /// same directory (`taxonomies.json`, `taxonomy_terms-*.json`, `organizations-*.json`) are
    /// removed first, so the directory always holds exactly one export. Pages are built and written
    /// in parallel.
    public static func export(_ dataset: DirectoryDataset, to directory: URL, includePrivate: Bool) throws -> HSDSExportSummary {
        let files = FileManager.default
        try files.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: directory.path) where isExportFile(name) {
            try files.removeItem(at: directory.appendingPathComponent(name))
        }

        var summary = HSDSExportSummary()
        func write(_ bytes: [UInt8], _ name: String) throws {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
            summary.files.append(name)
            summary.bytes += bytes.count
        }

        var taxonomies = HSDSJSONWriter(capacity: 2048)
        page(into: &taxonomies, total: 3, pageNumber: 1, pageCount: 1, size: 3)
        HSDSTaxonomyEncoder.taxonomies(into: &taxonomies)
        endPage(&taxonomies)
        try write(taxonomies.bytes, "taxonomies.json")

        let terms = HSDSTaxonomyEncoder(dataset).terms
        summary.taxonomyTerms = terms.count
        let termPages = max(1, (terms.count + HSDSConventions.pageSize - 1) / HSDSConventions.pageSize)
        for number in 1...termPages {
            let slice = terms[min(terms.count, (number - 1) * HSDSConventions.pageSize)..<min(terms.count, number * HSDSConventions.pageSize)]
            var out = HSDSJSONWriter(capacity: slice.reduce(256) { $0 + $1.count + 1 })
            page(into: &out, total: terms.count, pageNumber: number, pageCount: termPages, size: slice.count)
            for term in slice { out.json(term) }
            endPage(&out)
            try write(out.bytes, pageName("taxonomy_terms", number, of: termPages))
        }

        let context = HSDSExportContext(dataset, includePrivate: includePrivate)
        let organizations = context.organizations
        let pageCount = max(1, (organizations.count + HSDSConventions.pageSize - 1) / HSDSConventions.pageSize)
        let pages = try Concurrent.map(pageCount) { index in
            let range = min(organizations.count, index * HSDSConventions.pageSize)..<min(organizations.count, (index + 1) * HSDSConventions.pageSize)
            let name = pageName("organizations", index + 1, of: pageCount)
            var encoder = HSDSOrganizationEncoder(context: context, capacity: range.count * 12_000 + 512)
            page(into: &encoder.out, total: organizations.count, pageNumber: index + 1, pageCount: pageCount, size: range.count)
            for position in range { try encoder.encode(organizations[position]) }
            endPage(&encoder.out)
            try Data(encoder.out.bytes).write(to: directory.appendingPathComponent(name))
            return Page(name: name, bytes: encoder.out.bytes.count, services: encoder.services, locations: encoder.locations)
        }
        for page in pages {
            summary.files.append(page.name)
            summary.bytes += page.bytes
            summary.services += page.services
            summary.locations += page.locations
        }
        summary.organizations = organizations.count
        return summary
    }

    /// What one organization page file holds.
    private struct Page: Sendable {
        var name: String
        var bytes: Int
        var services: Int
        var locations: Int
    }

    /// Whether `name` is a file an export writes (and a new export replaces).
    static func isExportFile(_ name: String) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        if name == "taxonomies.json" { return true }
        for prefix in ["taxonomy_terms-", "organizations-"] where name.hasPrefix(prefix) {
            return name.dropFirst(prefix.count).dropLast(5).allSatisfy(\.isNumber)
        }
        return false
    }

    /// `organizations-0001.json`: four digits, more when there are more pages.
    static func pageName(_ stem: String, _ number: Int, of count: Int) -> String {
        let width = max(4, String(count).count)
        let digits = String(number)
        return stem + "-" + String(repeating: "0", count: width - digits.count) + digits + ".json"
    }

    /// Opens a page object (the HSDS API's `Page` fields) and its `contents` list.
    private static func page(into out: inout HSDSJSONWriter, total: Int, pageNumber: Int, pageCount: Int, size: Int) {
        out.beginObject()
        out.field("total_items", total)
        out.field("total_pages", pageCount)
        out.field("page_number", pageNumber)
        out.field("size", size)
        out.field("first_page", pageNumber == 1)
        out.field("last_page", pageNumber == pageCount)
        out.field("empty", total == 0)
        out.key("contents")
        out.beginArray()
    }

    private static func endPage(_ out: inout HSDSJSONWriter) {
        out.endArray()
        out.endObject()
    }
}
