import Foundation
import TejidoModel

/// Empty spreadsheet templates for people who keep their directory in LibreOffice or Excel: every
/// file of the format (see ``CSVExporter``), each with its header and an example row from the
/// world of the seed, a worker co-op of market gardeners in Isla de Maipo (Chile) and the
/// municipal co-op incubator that supports it. ``CSVImporter`` accepts the templates as written.
///
/// The example rows leave the `id` column empty, to show that an id is derived when none is given.
/// `organizations.csv` and `sources.csv` hold two example rows: a relationship needs two
/// organizations, and each organization needs a source. Delete the example rows before filling in
/// your own.
public enum CSVTemplates {
    /// Writes the templates into `directory` (created if missing).
    /// - Returns: the names of the files written.
    @discardableResult
    public static func write(to directory: URL) throws -> [String] {
        let tables = try CSVExporter.tables(for: example, includePrivate: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CSVError.cannotWrite(file: directory.path, reason: error.localizedDescription)
        }
        var written: [String] = []
        for (file, rows) in tables {
            var writer = CSVWriter()
            let idColumn = file.holdsRecords && file != .areas ? rows.first?.firstIndex(of: "id") : nil
            for (position, row) in rows.enumerated() {
                var row = row
                if position > 0, let idColumn { row[idColumn] = "" }
                writer.append(row)
            }
            do {
                try writer.data.write(to: directory.appendingPathComponent(file.fileName), options: .atomic)
            } catch {
                throw CSVError.cannotWrite(file: file.fileName, reason: error.localizedDescription)
            }
            written.append(file.fileName)
        }
        return written
    }

    /// The records the templates' example rows hold: what importing the templates gives, ids
    /// included (each derived as an import derives it).
    public static var example: DirectoryDataset {
        let coopSlug = "cooperativa-huertos-de-la-islita", incubatorSlug = "incubadora-cooperativas-isla-de-maipo"
        let coop = OrganizationID(CSVImportSession.derivedID("organization", coopSlug))
        let incubator = OrganizationID(CSVImportSession.derivedID("organization", incubatorSlug))
        let region = "Región Metropolitana de Santiago"
        let registration = "ficha-inscripcion-incubadora-2024.pdf", agreement = "convenio-incubadora-municipal-2023.pdf"

        let area = Area(
            id: "cl-rm-isla-de-maipo-la-islita", kind: .communityArea, parent: "cl-rm-isla-de-maipo",
            names: ["es": "La Islita", "en": "La Islita"]
        )
        let organizations = [
            Organization(
                id: coop, slug: Slug(coopSlug), name: "Cooperativa de Trabajo Huertos de La Islita",
                alternateNames: [AlternateName(name: "La Islita Market Gardens Worker Co-op", language: "en", kind: .translation)],
                description: [
                    "es": "Cooperativa de trabajo de horticultoras y horticultores de La Islita (Isla de Maipo) que vende hortalizas agroecológicas en ferias libres y a almacenes de la comuna.",
                    "en": "Worker co-op of market gardeners in La Islita (Isla de Maipo) that sells agroecological vegetables at street markets and to the commune's corner shops.",
                ],
                kinds: [.workerCoop], legalForm: "cooperativa de trabajo", stage: .existing, sectors: ["food", "agriculture"],
                email: "contacto@example.org", phone: "+56 2 2345 6789",
                locations: [
                    Location(locality: "Isla de Maipo", region: region, country: "CL", lat: -33.7522, lon: -70.8961, area: "cl-rm-isla-de-maipo-la-islita"),
                    Location(locality: "Talagante", region: region, country: "CL"),
                ],
                serviceAreas: ["cl-rm-isla-de-maipo"], languages: ["es"], populationsServed: ["small_farmers"],
                coopFluency: CoopFluency(level: .some), acceptsReferrals: false,
                contacts: [Contact(name: "Ana Rojas", role: "secretaria del consejo de administración", email: "ana.rojas@example.org")],
                sources: [Source(document: registration, quote: "Cooperativa de Trabajo Huertos de La Islita: 14 socias y socios, hortalizas agroecológicas, venta en ferias libres.", language: "es", date: "2024-03")]
            ),
            Organization(
                id: incubator, slug: Slug(incubatorSlug), name: "Incubadora Municipal de Cooperativas de Isla de Maipo",
                description: [
                    "es": "Programa de la Municipalidad de Isla de Maipo que acompaña a grupos pre asociativos y cooperativas inclusivas de la comuna.",
                    "en": "Programme of the Municipality of Isla de Maipo that accompanies pre-associative groups and inclusive co-ops in the commune.",
                ],
                kinds: [.incubator, .programme],
                locations: [Location(locality: "Isla de Maipo", region: region, country: "CL", lat: -33.7522, lon: -70.8961, area: "cl-rm-isla-de-maipo")],
                serviceAreas: ["cl-rm-isla-de-maipo"], languages: ["es"], populationsServed: ["people_with_disabilities", "pre_associative_groups"],
                coopFluency: CoopFluency(level: .expert, coopClients: 6),
                sources: [Source(document: agreement, quote: "La Incubadora Municipal de Cooperativas acompañará a grupos pre asociativos y cooperativas inclusivas de la comuna.", language: "es", date: "2023")]
            ),
        ]
        let offering = Offering(
            id: OfferingID(CSVImportSession.derivedID("offering", "\(incubatorSlug):incubation.inclusive")), organization: incubator,
            service: "incubation.inclusive",
            description: [
                "es": "Acompañamiento en la formación y formalización de cooperativas inclusivas, con sesiones en la municipalidad y en línea.",
                "en": "Support in forming and formalizing inclusive co-ops, with sessions at the town hall and online.",
            ],
            languages: ["es"], areas: ["cl-rm-isla-de-maipo"], capacityPerMonth: 4, cost: .free, coopFluent: true, modes: [.inPerson, .remote],
            sources: [Source(document: agreement, quote: "sesiones presenciales en la municipalidad y en línea", language: "es")]
        )
        let need = Need(
            id: NeedID(CSVImportSession.derivedID("need", "\(coopSlug):finance.bookkeeping")), organization: coop, service: "finance.bookkeeping",
            description: [
                "es": "Necesita quien lleve la contabilidad mensual y prepare la declaración de IVA.",
                "en": "Needs someone to keep the monthly books and prepare the VAT return.",
            ],
            urgency: .high, status: .open, since: "2024-03"
        )
        let relationship = Relationship(
            id: RelationshipID(CSVImportSession.derivedID("relationship", "\(incubatorSlug):serves:\(coopSlug)")), kind: .serves,
            from: incubator, to: coop, since: "2024-03",
            note: ["es": "Acompañamiento en la formalización y el plan de ventas.", "en": "Support with formalization and the sales plan."]
        )
        return DirectoryDataset(areas: [area], organizations: organizations, offerings: [offering], needs: [need], relationships: [relationship])
    }
}
