import TejidoModel

extension Directory {
    /// The organizations matching `query`, best first (then by name and id), answered from memory.
    /// Words match as prefixes in names, service labels and descriptions, folded like the store's
    /// index, so both give the same organizations for the same query.
    public func search(_ query: SearchQuery) -> SearchResults {
        let tokens = query.tokens
        let filter = Filter(query, base: base)

        var scored: [(score: Double, entry: OrganizationEntry)] = []
        var candidates: [UInt32: Float]?
        for token in tokens {
            let matches = base.text.matches(token)
            if let previous = candidates {
                var next: [UInt32: Float] = [:]
                for (organization, score) in previous { if let more = matches[organization] { next[organization] = score + more } }
                candidates = next
            } else {
                candidates = matches
            }
        }
        let basePositions: [(UInt32, Float)] = candidates.map { $0.map { ($0.key, $0.value) } } ?? (0..<UInt32(base.count)).map { ($0, 0) }
        for (position, score) in basePositions {
            let id = base.ids[Int(position)]
            guard overlay[id] == nil, filter.accepts(position, base: base) else { continue }
            scored.append((Double(score), base.entry(at: position)))
        }
        for (id, entry) in overlay {
            guard let entry, let text = overlayTexts[id], filter.accepts(entry, base: base) else { continue }
            let total = text.score(tokens)
            let matchesAll = tokens.isEmpty || total > 0
            if matchesAll { scored.append((total, entry)) }
        }
        scored.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.entry.organization.name != $1.entry.organization.name { return $0.entry.organization.name < $1.entry.organization.name }
            return $0.entry.organization.id < $1.entry.organization.id
        }
        let page = scored.dropFirst(query.offset).prefix(query.limit)
        return SearchResults(total: scored.count, items: page.map { score, entry in
            SearchHit(
                id: entry.organization.id, slug: entry.organization.slug, name: entry.organization.name, kinds: entry.organization.kinds.sorted(),
                country: entry.organization.country, locality: entry.organization.locations.first?.locality, services: entry.services,
                score: (score * 1000).rounded() / 1000)
        })
    }
}

/// A search's filters, compiled against the base's interned columns.
struct Filter {
    let kindMask: UInt32?
    let languageMask: UInt64?
    let language: String?
    let country: String?
    let countryIndex: UInt16?
    let services: Set<ServiceCode>?
    let serviceMask: [Bool]?
    let areas: Set<AreaID>?
    let areaMask: [Bool]?

    init(_ query: SearchQuery, base: DirectorySnapshot) {
        let kinds = OrganizationKind.allCases
        kindMask = query.kinds.isEmpty ? nil : query.kinds.reduce(0) { $0 | (1 << UInt32(kinds.firstIndex(of: $1)!)) }
        language = query.language?.primary
        languageMask = language.map { language in base.tables.languageBit(language).map { UInt64(1) << UInt64($0) } ?? 0 }
        country = query.country?.uppercased()
        countryIndex = country.map { country in base.countryCodes.firstIndex(of: country).map(UInt16.init) ?? UInt16.max }
        if let service = query.service {
            let codes = Set(base.taxonomy.subtree(service).map(\.code))
            services = codes
            var mask = [Bool](repeating: false, count: base.taxonomy.services.count)
            for code in codes { if let index = base.reference.serviceIndex[code] { mask[Int(index)] = true } }
            serviceMask = mask
        } else {
            services = nil
            serviceMask = nil
        }
        if let area = query.area {
            let related = base.areaTree.related(to: area)
            areas = related
            var mask = [Bool](repeating: false, count: base.areaTree.areas.count)
            for id in related { if let index = base.reference.areaIndex[id] { mask[Int(index)] = true } }
            areaMask = mask
        } else {
            areas = nil
            areaMask = nil
        }
    }

    /// Whether the base organization at `position` passes, from the columns alone.
    func accepts(_ position: UInt32, base: DirectorySnapshot) -> Bool {
        let i = Int(position)
        let columns = base.columns
        if let kindMask, columns.kinds[i] & kindMask == 0 { return false }
        if let languageMask, columns.languages[i] & languageMask == 0 { return false }
        if let countryIndex, base.countries[i] != countryIndex { return false }
        if let serviceMask, !(Int(columns.offeringStart[i])..<Int(columns.offeringStart[i + 1])).contains(where: { serviceMask[Int(columns.offeringService[$0])] }) {
            return false
        }
        if let areaMask {
            // Located in or serving: the union of home and served areas.
            let home = Int(columns.homeOffsets[i])..<Int(columns.homeOffsets[i + 1])
            let served = Int(columns.servedOffsets[i])..<Int(columns.servedOffsets[i + 1])
            if !home.contains(where: { areaMask[Int(columns.homeValues[$0])] }) && !served.contains(where: { areaMask[Int(columns.servedValues[$0])] }) { return false }
        }
        return true
    }

    /// Whether an overlay entry passes, from its record.
    func accepts(_ entry: OrganizationEntry, base: DirectorySnapshot) -> Bool {
        let organization = entry.organization
        if let kindMask {
            let kinds = OrganizationKind.allCases
            if !organization.kinds.contains(where: { kindMask & (1 << UInt32(kinds.firstIndex(of: $0)!)) != 0 }) { return false }
        }
        if let language, !organization.languages.contains(where: { $0.primary == language }) { return false }
        if let country, organization.country != country { return false }
        if let services, !entry.offerings.contains(where: { services.contains($0.service) }) { return false }
        if let areas, !(organization.serviceAreas + organization.locations.compactMap(\.area)).contains(where: areas.contains) { return false }
        return true
    }
}
