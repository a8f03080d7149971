import TejidoDirectory
import TejidoModel

extension Matcher {
    /// What one candidate came to, over all its offerings, in the diagnostic pass.
    private struct Diagnosis {
        /// Filters every one of its offerings fails.
        var alwaysFails: UInt8 = 0xFF
        /// Bit S set when relaxing filter set S (bit i = filter order i) would admit it.
        var admittedBy: UInt32 = 0
        var tier = 3
        var distance = Double.nan
        var services: [UInt16] = []
    }

    /// Why an answer is empty: how many providers offer the need (or a related service), which
    /// filters removed them, the nearest ones the area filter removed, and the smallest set of
    /// filters whose relaxing would bring some back. Runs only when the answer is empty.
    func explain(scan: ReferralScan, tiers: [[UInt16]], need: UInt16, client: OrganizationSummary, text: ReasonText) -> Explanation {
        let language = text.code
        var diagnoses: [UInt32: Diagnosis] = [:]
        func visit(_ columns: MatchColumns, offering: Int, local: Int, node: UInt32, tier: Int) {
            guard node != scan.subject.node else { return }
            var values = SIMD16<Double>()
            let verdict = scan.evaluate(columns, offering: offering, local: local, node: node, tier: tier, values: &values, diagnose: true)
            var diagnosis = diagnoses[node] ?? Diagnosis()
            diagnosis.alwaysFails &= verdict.failures
            for subset in 0..<32 where UInt8(subset) & verdict.failures == verdict.failures { diagnosis.admittedBy |= 1 << UInt32(subset) }
            diagnosis.tier = min(diagnosis.tier, tier)
            if !verdict.placement.distance.isNaN { diagnosis.distance = min(diagnosis.distance.isNaN ? .infinity : diagnosis.distance, verdict.placement.distance) }
            let service = columns.offeringService[offering]
            if !diagnosis.services.contains(service) { diagnosis.services.append(service) }
            diagnoses[node] = diagnosis
        }
        let base = scan.base, overlay = scan.overlay
        for (tier, services) in tiers.enumerated() {
            for service in services {
                for slot in Int(base.offeringPostingOffsets[Int(service)])..<Int(base.offeringPostingOffsets[Int(service) + 1]) {
                    let offering = Int(base.offeringPostingValues[slot])
                    let local = Int(base.offeringOrg[offering])
                    if overlay.local(UInt32(local)) != nil { continue }
                    visit(base, offering: offering, local: local, node: UInt32(local), tier: tier)
                }
                let columns = overlay.columns
                guard !columns.nodes.isEmpty else { continue }
                for slot in Int(columns.offeringPostingOffsets[Int(service)])..<Int(columns.offeringPostingOffsets[Int(service) + 1]) {
                    let offering = Int(columns.offeringPostingValues[slot])
                    let local = Int(columns.offeringOrg[offering])
                    visit(columns, offering: offering, local: local, node: columns.nodes[local], tier: tier)
                }
            }
        }

        let needService = directory.service(at: need)
        let label = needService.label(language), code = needService.code.rawValue
        let nodes = diagnoses.keys.sorted { directory.idPrecedes($0, $1) }
        let total = nodes.count
        let exact = nodes.filter { diagnoses[$0]!.tier == 0 }.count
        let related = nodes.filter { (1...2).contains(diagnoses[$0]!.tier) }.count
        let siblings = nodes.filter { diagnoses[$0]!.tier == 3 }

        // Supply.
        var supply: String
        if exact > 0 {
            supply = text.providersOffer(exact, label, code)
            if related > 0 { supply += "; " + text.moreOfferBroaderOrNarrower(related) }
        } else if related > 0 {
            supply = text.noneOffersExactly(label, code) + "; " + text.offerBroaderOrNarrower(related)
        } else {
            supply = text.noneOffers(label, code)
            if !siblings.isEmpty {
                var codes: [UInt16] = []
                for node in siblings { for service in diagnoses[node]!.services where !codes.contains(service) { codes.append(service) } }
                supply += "; " + text.offerRelated(siblings.count, codes.sorted().map { directory.service(at: $0).label(language) })
            }
        }
        if exact == 0 {
            let needing = openNeeds(for: need, excluding: scan.subject.node)
            if needing > 0 { supply += "; " + text.openNeeds(needing) }
        }
        var sentences = [supply + "."]
        guard total > 0 else {
            return Explanation(text: sentences.joined(separator: " "), removedBy: nil, relax: [], nearest: [])
        }

        // Filters.
        var failing: [(filter: ReferralFilter, count: Int)] = []
        for filter in ReferralFilter.allCases {
            let bit: UInt8 = 1 << UInt8(filter.order)
            let count = nodes.filter { diagnoses[$0]!.alwaysFails & bit != 0 }.count
            if count > 0 { failing.append((filter, count)) }
        }
        failing.sort { $0.count != $1.count ? $0.count > $1.count : $0.filter < $1.filter }
        let clientLanguages = ReferralReasons.primaries(client.organization.languages).map(text.languageName)
        let homeName = scan.subject.home.first.map { directory.area(at: $0).name(language) }
            ?? client.organization.locality ?? client.organization.name
        var nearest: [Explanation.Nearby] = []
        var clauses: [String] = []
        for (filter, count) in failing {
            var clause = text.failing(filter, count: count, total: total, languages: text.list(clientLanguages), home: homeName, radius: Int(scan.radius.rounded()))
            if filter == .area {
                let bit: UInt8 = 1 << UInt8(ReferralFilter.area.order)
                let far = nodes.filter { diagnoses[$0]!.alwaysFails & bit != 0 }.sorted { a, b in
                    let da = diagnoses[a]!.distance, db = diagnoses[b]!.distance
                    if da.isNaN != db.isNaN { return !da.isNaN }
                    return da != db && !da.isNaN ? da < db : directory.idPrecedes(a, b)
                }
                nearest = far.prefix(3).map { node in
                    let distance = diagnoses[node]!.distance
                    return Explanation.Nearby(organization: reference(node), distanceKm: distance.isNaN ? nil : (distance * 10).rounded() / 10)
                }
                let named = nearest.map { item in item.organization.name + (item.distanceKm.map { " (\(Int($0.rounded())) km)" } ?? "") }
                if !named.isEmpty { clause += "; " + text.nearest(named) }
            }
            if filter == .language {
                var counts: [String: Int] = [:]
                let bit: UInt8 = 1 << UInt8(ReferralFilter.language.order)
                for node in nodes where diagnoses[node]!.alwaysFails & bit != 0 {
                    for primary in ReferralReasons.primaries(directory.summary(node: node)?.organization.languages ?? []) { counts[primary, default: 0] += 1 }
                }
                let spoken = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map { text.languageName($0.key) }
                if !spoken.isEmpty { clause += " (" + text.theyWorkIn(spoken) + ")" }
            }
            clauses.append(clause)
        }
        if !clauses.isEmpty {
            let joined = clauses.joined(separator: "; ")
            sentences.append(joined.prefix(1).uppercased() + joined.dropFirst() + ".")
        }

        // The smallest set of filters whose relaxing admits a candidate, admitting the most.
        var best: (subset: Int, admitted: Int)?
        for subset in 1..<32 {
            let admitted = nodes.filter { diagnoses[$0]!.admittedBy & (1 << UInt32(subset)) != 0 }.count
            guard admitted > 0 else { continue }
            if let current = best {
                let size = subset.nonzeroBitCount, currentSize = current.subset.nonzeroBitCount
                if size < currentSize || (size == currentSize && admitted > current.admitted) { best = (subset, admitted) }
            } else {
                best = (subset, admitted)
            }
        }
        let relax = best.map { best in ReferralFilter.allCases.filter { best.subset & (1 << $0.order) != 0 } } ?? []
        if let best, !relax.isEmpty { sentences.append(text.relax(relax, count: best.admitted)) }
        return Explanation(text: sentences.joined(separator: " "), removedBy: failing.first?.filter, relax: relax, nearest: nearest)
    }

    /// How many organizations other than `client` have an open need for `service`.
    private func openNeeds(for service: UInt16, excluding client: UInt32) -> Int {
        let base = directory.baseColumns, overlay = directory.overlayView
        var count = 0
        for slot in Int(base.needPostingOffsets[Int(service)])..<Int(base.needPostingOffsets[Int(service) + 1]) {
            let node = base.needPostingValues[slot]
            if node != client && overlay.local(node) == nil { count += 1 }
        }
        let columns = overlay.columns
        if !columns.nodes.isEmpty {
            for slot in Int(columns.needPostingOffsets[Int(service)])..<Int(columns.needPostingOffsets[Int(service) + 1]) where columns.nodes[Int(columns.needPostingValues[slot])] != client {
                count += 1
            }
        }
        return count
    }
}
