import TejidoDirectory
import TejidoModel

extension Matcher {
    /// Who can help `query.client` with `query.need`, best first.
    ///
    /// Candidates come from the service posting lists: offerings of the needed code, then of codes
    /// below and above it at lower fit; sibling codes are searched only when none of those passes
    /// the filters. Each candidate passes the hard filters (unless relaxed) and is scored as a
    /// weighted sum of features in [0, 1]. Explanations are built for the top `limit` only. When
    /// nothing qualifies, ``ReferralAnswer/explanation`` says which filter removed the candidates
    /// and what to relax.
    public func referrals(_ query: ReferralQuery) throws(MatchError) -> ReferralAnswer {
        let (clientNode, clientEntry) = try resolveOrganization(query.client)
        let need = try resolveService(query.need)
        let subject = Subject(node: clientNode, entry: clientEntry, directory: directory)
        let tiers = serviceTiers(need)
        let text = ReasonText(query.language)

        return pool.withScratch { scratch in
            scratch.begin()
            let factor = ForwardPush(directory: directory).run(from: clientNode, scratch: scratch)
            defer { scratch.clearPush() }
            let scan = ReferralScan(matcher: self, subject: subject, query: query, proximityFactor: factor, scratch: scratch)
            for tier in 0..<3 { for service in tiers[tier] { scan.scan(service: service, tier: tier) } }
            if scratch.heap.isEmpty { for service in tiers[3] { scan.scan(service: service, tier: 3) } }

            let ranked = TopK.ordered(scratch.heap, order: order)
            var failed = [Int](repeating: 0, count: ReferralFilter.allCases.count + 1)
            for node in scratch.candidates {
                let state = scratch.state(of: Int(node))
                if state != ReferralScan.passed && state != ReferralScan.unseen { failed[Int(state)] += 1 }
            }
            failed[ReferralFilter.area.order + 1] += scratch.skippedByArea
            let excluded = Dictionary(uniqueKeysWithValues: ReferralFilter.allCases.map { ($0, failed[$0.order + 1]) })
            let path = ranked.isEmpty ? nil : ProximityPaths(matcher: self, source: clientNode, scratch: scratch)
            let clientLanguages = ranked.isEmpty ? [] : ReferralReasons.primaries(clientEntry.organization.languages)
            let items = ranked.map { item in
                item.inOverlay
                    ? suggestion(item, in: scan.overlay.columns, scan: scan, need: need, client: clientEntry, clientLanguages: clientLanguages, text: text, paths: path)
                    : suggestion(item, in: scan.base, scan: scan, need: need, client: clientEntry, clientLanguages: clientLanguages, text: text, paths: path)
            }
            var answer = ReferralAnswer(
                client: OrganizationRef(clientEntry.organization), need: query.need, items: items, considered: scratch.candidates.count + scratch.skippedByArea, excluded: excluded, explanation: nil)
            if items.isEmpty {
                answer.explanation = explain(scan: scan, tiers: tiers, need: need, client: clientEntry, text: text)
            }
            return answer
        }
    }

    /// The services searched for `need`, by tier: the code itself; codes below it; codes above
    /// it; and its siblings (searched only when the first three give nothing).
    func serviceTiers(_ need: UInt16) -> [[UInt16]] {
        let reference = directory.reference
        var tiers: [[UInt16]] = [[need], [], [], []]
        for index in reference.serviceParent.indices where UInt16(index) != need && reference.service(UInt16(index), isWithin: need) {
            tiers[1].append(UInt16(index))
        }
        var parent = reference.serviceParent[Int(need)]
        while parent >= 0 {
            tiers[2].append(UInt16(parent))
            parent = reference.serviceParent[Int(parent)]
        }
        let ownParent = reference.serviceParent[Int(need)]
        if ownParent >= 0 {
            for index in reference.serviceParent.indices where reference.serviceParent[index] == ownParent && UInt16(index) != need {
                tiers[3].append(UInt16(index))
            }
        }
        return tiers
    }

    /// The suggestion for one ranked candidate, whose offering is in `columns`: features
    /// recomputed exactly as scored, and reasons. Reads the provider's full record once.
    private func suggestion(
        _ item: Ranked, in columns: MatchColumns, scan: ReferralScan, need: UInt16, client: OrganizationSummary, clientLanguages: [String], text: ReasonText,
        paths: ProximityPaths?
    ) -> ReferralSuggestion {
        let offering = Int(item.offering)
        let local = Int(columns.offeringOrg[offering])
        var values = SIMD16<Double>()
        let verdict = scan.evaluate(columns, offering: offering, local: local, node: item.node, tier: Int(item.tier), values: &values, diagnose: true)
        let entry = directory.summary(node: item.node)!
        let service = directory.service(at: columns.offeringService[offering])
        let record = Self.offeringIndex(at: offering, of: local, in: columns, entry: entry, directory: directory)
        let contributions: [Contribution<ReferralFeature>] = Scoring.contributions(values, scan.weights)
        let reasons = ReferralReasons(
            matcher: self, text: text, entry: entry, client: client, clientLanguages: clientLanguages, offering: record, service: service,
            need: need, tier: Int(item.tier), values: values, verdict: verdict, subject: scan.subject, radius: scan.radius,
            path: values[6] > 0 ? paths?.path(to: item.node) : nil)
        let distance = verdict.placement.distance
        return ReferralSuggestion(
            provider: OrganizationRef(entry.organization), service: service.code, score: Double(item.score) / 1_000_000, features: contributions,
            reasons: reasons.ordered(by: contributions), distanceKm: distance.isNaN ? nil : (distance * 10).rounded() / 10)
    }

    /// The position in `entry.offerings` of the record behind column `offering` of local
    /// organization `local`: the columns keep an organization's offerings of known services in
    /// record order, so when every one is known the position is direct.
    static func offeringIndex(at offering: Int, of local: Int, in columns: MatchColumns, entry: borrowing OrganizationSummary, directory: Directory) -> Int? {
        let first = Int(columns.offeringStart[local])
        if Int(columns.offeringStart[local + 1]) - first == entry.offerings.count {
            return entry.offerings.indices.contains(offering - first) ? offering - first : nil
        }
        var position = first
        for index in entry.offerings.indices where directory.reference.serviceIndex[entry.offerings[index].service] != nil {
            if position == offering { return index }
            position += 1
        }
        return nil
    }
}
