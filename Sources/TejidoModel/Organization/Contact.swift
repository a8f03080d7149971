/// A person at an organization. Contacts are private: they are stored, but never shown to
/// anonymous callers or in public output.
public struct Contact: Hashable, Sendable, Codable {
    public var name: String
    public var role: String?
    public var email: String?
    public var phone: String?

    public init(name: String, role: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }
}
