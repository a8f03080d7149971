import Testing
import TejidoModel
import TejidoStore

@Suite("Setting SQLite up for the process")
struct LibrarySetupTests {
    @Test("once SQLite is in use, setting it up again changes nothing, and stores keep working")
    func afterInitialization() async throws {
        let store = try SQLiteStore.inMemory()
        #expect(SQLiteStore.configureLibrary() == false)
        let summary = try await store.write([.upsert(.area(Area(id: AreaID("setup-test"), kind: .municipality, names: ["en": "Setup"])))])
        #expect(summary.inserted[.area] == 1)
    }
}
