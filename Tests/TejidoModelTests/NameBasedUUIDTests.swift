import Foundation
import Testing
import TejidoModel

// The seed's ids are RFC 9562 version-5 UUIDs in the URL namespace. The expected values were
// computed with Python: `uuid.uuid5(uuid.NAMESPACE_URL, name)`.

@Suite("Name-based UUIDs")
struct NameBasedUUIDTests {
    struct Known: Sendable, CustomTestStringConvertible {
        let name: String
        let uuid: String
        var testDescription: String { "\(name.utf8.count) bytes: \(name)" }
    }

    static let known: [Known] = [
        .init(name: "tejido:organization:democracy-at-work-institute", uuid: "20d2f5a0-b1a2-54d4-914b-effe6d01d7c7"),
        .init(name: "tejido:organization:kola-nut-collaborative", uuid: "def8586f-3d01-591c-a74e-8820dbe2d5af"),
        .init(name: "tejido:offering:democracy-at-work-institute:training.train_the_trainers", uuid: "86f24a7f-4d0c-5f73-9d69-f9dca0581dcd"),
        .init(name: "tejido:organization:κάλο", uuid: "8dc5c426-e9b6-5bf2-8a10-458142f349ac"),
        .init(name: "", uuid: "1b4db7eb-4057-5ddf-91e0-36dec72071f5"),
        // SHA-1 padding edges: 55, 56 and 64 bytes of name after the 16-byte namespace
        .init(name: "tejido:organization:" + String(repeating: "a", count: 35), uuid: "05456abc-0949-5d1c-9d93-4d467adb9c0e"),
        .init(name: "tejido:organization:" + String(repeating: "a", count: 36), uuid: "a0d31e69-5cf4-5148-a959-21826fc25f7a"),
        .init(name: "tejido:organization:" + String(repeating: "a", count: 44), uuid: "c8e59d09-01ac-54b5-ad99-fd97347b6e4a"),
    ]

    @Test("uuid5 of democracy-at-work-institute in the URL namespace equals Python's uuid.uuid5")
    func democracyAtWork() {
        let id = NameBasedUUID.make("tejido:organization:democracy-at-work-institute")
        #expect(id.uuidString.lowercased() == "20d2f5a0-b1a2-54d4-914b-effe6d01d7c7")
        #expect(OrganizationID(id).description == "20d2f5a0-b1a2-54d4-914b-effe6d01d7c7")
    }

    @Test("matches Python's uuid.uuid5 for other names and lengths", arguments: known)
    func matchesPython(_ known: Known) {
        #expect(NameBasedUUID.make(known.name).uuidString.lowercased() == known.uuid)
    }

    @Test("the URL namespace is RFC 9562's")
    func namespace() {
        #expect(NameBasedUUID.urlNamespace.uuidString.lowercased() == "6ba7b811-9dad-11d1-80b4-00c04fd430c8")
    }

    @Test("the result is version 5 with the RFC variant")
    func versionAndVariant() {
        for known in Self.known {
            let bytes = NameBasedUUID.make(known.name).uuid
            #expect(bytes.6 >> 4 == 5)
            #expect(bytes.8 >> 6 == 0b10)
        }
    }

    @Test("the same name gives the same id; different names and namespaces give different ids")
    func deterministic() {
        let name = "tejido:organization:ciescoop"
        #expect(NameBasedUUID.make(name) == NameBasedUUID.make(name))
        #expect(NameBasedUUID.make(name) != NameBasedUUID.make(name + " "))
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(name, namespace: dns) != NameBasedUUID.make(name))
    }
}
