/// A record's reference to another record of the same import, kept so that when the other record
/// is rejected, the one pointing at it is rejected too, with a problem saying why.
struct CSVReference: Hashable, Sendable {
    /// What is referred to.
    enum Target: Hashable, Sendable {
        /// An organization of `organizations.csv`, by slug.
        case organization(String)
        /// An area of `areas.csv` (one the area tree passed in does not already hold), by id.
        case area(String)
    }

    var target: Target
    /// The column holding the reference.
    var column: String
}
