import TejidoModel

/// The interning tables of one directory version: which bit of a 64-bit mask stands for which
/// language, population and sector. The most frequent values get bits first (ties by value), so a
/// directory with more than 64 distinct values loses only the rarest. The overlay appends the
/// values it brings after the base's, so base masks stay valid in every later version.
package struct MatchTables: Sendable {
    /// Primary language subtags, by bit.
    package let languages: [String]
    /// Populations served, by bit.
    package let populations: [String]
    /// Sectors, by bit.
    package let sectors: [String]
    let languageBit: [String: Int]
    let populationBit: [String: Int]
    let sectorBit: [String: Int]

    /// Tables for the organizations of `records`.
    init(_ records: some Sequence<MatchRecord>) {
        self.init(organizations: records.lazy.map(\.facts), offerings: records.lazy.flatMap { $0.offerings.lazy.map(\.facts) })
    }

    /// Tables for organizations with these facts, and offerings with these.
    init(organizations: some Sequence<OrganizationMatchFacts>, offerings: some Sequence<OfferingMatchFacts>) {
        var languages: [String: Int] = [:], populations: [String: Int] = [:], sectors: [String: Int] = [:]
        for facts in organizations {
            for language in facts.languages { languages[language, default: 0] += 1 }
            for population in facts.populations { populations[population, default: 0] += 1 }
            for sector in facts.sectors { sectors[sector, default: 0] += 1 }
        }
        for facts in offerings { for language in facts.languages { languages[language, default: 0] += 1 } }
        func byFrequency(_ counts: [String: Int]) -> [String] {
            Array(counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(64).map(\.key))
        }
        self.init(languages: byFrequency(languages), populations: byFrequency(populations), sectors: byFrequency(sectors))
    }

    init(languages: [String], populations: [String], sectors: [String]) {
        self.languages = languages
        self.populations = populations
        self.sectors = sectors
        languageBit = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        populationBit = Dictionary(uniqueKeysWithValues: populations.enumerated().map { ($1, $0) })
        sectorBit = Dictionary(uniqueKeysWithValues: sectors.enumerated().map { ($1, $0) })
    }

    /// These tables with the values `records` bring appended, while bits remain.
    func extended(with records: some Sequence<MatchRecord>) -> MatchTables {
        var languages = self.languages, populations = self.populations, sectors = self.sectors
        func append(_ value: String, to list: inout [String], known: [String: Int]) {
            if known[value] == nil, list.count < 64, !list.contains(value) { list.append(value) }
        }
        for record in records {
            for language in record.facts.languages { append(language, to: &languages, known: languageBit) }
            for offering in record.offerings { for language in offering.facts.languages { append(language, to: &languages, known: languageBit) } }
            for population in record.facts.populations { append(population, to: &populations, known: populationBit) }
            for sector in record.facts.sectors { append(sector, to: &sectors, known: sectorBit) }
        }
        if languages.count == self.languages.count && populations.count == self.populations.count && sectors.count == self.sectors.count { return self }
        return MatchTables(languages: languages, populations: populations, sectors: sectors)
    }

    /// The mask of these primary language subtags; subtags without a bit are left out.
    package func languageMask(primaries: some Sequence<String>) -> UInt64 {
        primaries.reduce(0) { mask, primary in languageBit[primary].map { mask | (1 << UInt64($0)) } ?? mask }
    }

    /// The bit of one primary language subtag, if it has one.
    package func languageBit(_ primary: String) -> Int? { languageBit[primary] }

    /// The mask of these populations.
    package func populationMask(_ values: some Sequence<String>) -> UInt64 {
        values.reduce(0) { mask, value in populationBit[value].map { mask | (1 << UInt64($0)) } ?? mask }
    }

    /// The mask of these sectors.
    package func sectorMask(_ values: some Sequence<String>) -> UInt64 {
        values.reduce(0) { mask, value in sectorBit[value].map { mask | (1 << UInt64($0)) } ?? mask }
    }
}
