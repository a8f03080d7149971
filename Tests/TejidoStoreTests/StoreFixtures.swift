import Foundation
import TejidoModel
import TejidoStore

/// A tiny, valid directory built in code: two services (a parent and its child), two areas (the
/// US and Chicago inside it), three organizations (one Greek-named), their offerings and a need,
/// a relationship, a referral and an activity report.
///
/// - `kola` (Kola Nut Collaborative): worker co-op located in Chicago, works in English, offers
///   `finance.bookkeeping`, reports to DAWI. It is in no referral, so it can be deleted.
/// - `dawi` (Democracy at Work Institute): developer serving the whole US, works in English and
///   Spanish, offers `finance`; collaborated with Kola; referrer and provider of the referral.
/// - `kalo` (Συνεταιριστική Λογιστική Καλό): Greek social co-op, works in Greek, needs
///   `finance.bookkeeping`; the referral's client.
enum StoreFixtures {
    static let kola = OrganizationID(NameBasedUUID.make("tejido:organization:kola-nut-collaborative"))
    static let dawi = OrganizationID(NameBasedUUID.make("tejido:organization:democracy-at-work-institute"))
    static let kalo = OrganizationID(NameBasedUUID.make("tejido:organization:syneteristiki-logistiki-kalo"))

    static let source = Source(document: "000_60b6580ecf5d1d37.txt", quote: "Kola Nut Collaborative", language: "en")
    static let greekSource = Source(document: "003_b738f5c66a9f336f.txt", quote: "Καλό", language: "el")

    static let finance = Service(
        code: "finance", labels: ["en": "Finance and accounting", "es": "Finanzas y contabilidad"], synonyms: ["en": ["finance"]])
    static let bookkeeping = Service(
        code: "finance.bookkeeping", parent: "finance", labels: ["en": "Bookkeeping", "el": "Τήρηση βιβλίων"],
        synonyms: ["es": ["contabilidad"], "ca": ["comptabilitat"]])

    static let us = Area(id: "us", kind: .country, names: ["en": "United States", "es": "Estados Unidos"])
    static let chicago = Area(
        id: "us-il-chicago", kind: .municipality, parent: "us", names: ["en": "Chicago"], centroid: .init(lat: 41.8781, lon: -87.6298), sources: [source])

    static let kolaOrganization = Organization(
        id: kola, slug: "kola-nut-collaborative", name: "Kola Nut Collaborative",
        alternateNames: [.init(name: "Colaboración de Nueces de Cola", language: "es", kind: .translation)],
        description: ["en": "A worker cooperative in Chicago."], kinds: [.workerCoop], stage: .existing,
        locations: [Location(locality: "Chicago", region: "Illinois", country: "US", lat: 41.8781, lon: -87.6298, area: "us-il-chicago")],
        languages: ["en"], contacts: [Contact(name: "Private Person")], sources: [source])

    static let dawiOrganization = Organization(
        id: dawi, slug: "democracy-at-work-institute", name: "Democracy at Work Institute",
        alternateNames: [.init(name: "DAWI", language: "en", kind: .acronym)],
        description: ["en": "Technical assistance for worker ownership.", "es": "Asistencia técnica y educación cooperativa."],
        kinds: [.coopDeveloper, .taProvider], website: "https://institute.coop",
        locations: [Location(locality: "Oakland", region: "California", country: "US")], serviceAreas: ["us"], languages: ["en", "es"],
        coopFluency: .init(level: .expert), sources: [source])

    static let kaloOrganization = Organization(
        id: kalo, slug: "syneteristiki-logistiki-kalo", name: "Συνεταιριστική Λογιστική Καλό",
        description: ["el": "Κοινωνική συνεταιριστική επιχείρηση στην Αθήνα."], kinds: [.socialCoop], legalForm: "Κοιν.Σ.Επ.",
        locations: [Location(locality: "Αθήνα", country: "GR", lat: 37.9838, lon: 23.7275)], languages: ["el"], sources: [greekSource])

    static let kolaOffering = Offering(
        id: OfferingID(NameBasedUUID.make("tejido:offering:kola-nut-collaborative:finance.bookkeeping")), organization: kola,
        service: "finance.bookkeeping", description: ["en": "Monthly books for small co-ops."], languages: ["en"], capacityPerMonth: 3,
        cost: .slidingScale, coopFluent: true, modes: [.inPerson])

    static let dawiOffering = Offering(
        id: OfferingID(NameBasedUUID.make("tejido:offering:democracy-at-work-institute:finance")), organization: dawi, service: "finance",
        modes: [.remote], sources: [source])

    static let kaloNeed = Need(
        id: NeedID(NameBasedUUID.make("tejido:need:syneteristiki-logistiki-kalo:finance.bookkeeping")), organization: kalo,
        service: "finance.bookkeeping", description: ["el": "Χρειαζόμαστε λογιστή."], urgency: .high, since: "2024-01")

    static let collaboration = Relationship(
        id: RelationshipID(NameBasedUUID.make("tejido:relationship:democracy-at-work-institute:collaborated_with:kola-nut-collaborative")),
        kind: .collaboratedWith, from: dawi, to: kola, since: "2023", sources: [source])

    static let referral = Referral(
        id: ReferralID(NameBasedUUID.make("tejido:referral:dawi-kalo")), referrer: dawi, client: kalo, provider: dawi, service: "finance",
        need: kaloNeed.id, message: "Help with the books", status: .sent,
        history: [.init(status: .sent, at: Date(timeIntervalSince1970: 1_704_067_200))])

    static let report = ActivityReport(
        id: ActivityReportID(NameBasedUUID.make("tejido:activity-report:kola-nut-collaborative:2024-01-01")), reportingOrganization: kola,
        convener: dawi, periodStart: "2024-01-01", periodEnd: "2024-01-31", submittedOn: "2024-02-05", submittedBy: "Private Person",
        counts: ["individual_consulting_sessions": 4, "workshops": 1], participantsByArea: ["us-il-chicago": 7],
        organizationsWorkedWith: [dawi], needsExpressed: [.init(text: ["en": "Bookkeeping"], services: ["finance.bookkeeping"])],
        sources: [source])

    /// The whole tiny directory.
    static var dataset: DirectoryDataset {
        DirectoryDataset(
            services: [finance, bookkeeping], areas: [us, chicago], organizations: [kolaOrganization, dawiOrganization, kaloOrganization],
            offerings: [kolaOffering, dawiOffering], needs: [kaloNeed], relationships: [collaboration], referrals: [referral],
            activityReports: [report])
    }

    /// Every record as an upsert.
    static var mutations: [Mutation] { dataset.entities.map(Mutation.upsert) }

    /// The fixture written to a fresh in-memory store.
    static func store() async throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        _ = try await store.write(mutations)
        return store
    }

    /// The repository's root, from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh empty folder under the temporary directory; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tejido-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
