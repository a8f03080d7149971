import Foundation
import TejidoDirectory
import TejidoModel

extension Matcher {
    /// Posting entries a partner query loads per block.
    static let postingBlock = 16

    /// Who `query.organization` should partner with, best first.
    ///
    /// Candidates are gathered from posting lists and adjacency, never from a scan of every
    /// organization: those offering what it needs and needing what it offers (complementarity),
    /// those offering or needing the same services (peers), and its collaborators' collaborators
    /// (link prediction). Organizations it already collaborates, partners, has an agreement or a
    /// membership with are left out, and so are those sharing no language with it.
    public func partners(_ query: PartnerQuery) throws(MatchError) -> PartnerAnswer {
        let (node, entry) = try resolveOrganization(query.organization)
        let subject = Subject(node: node, entry: entry, directory: directory)
        let text = ReasonText(query.language)
        let (ownColumns, ownLocal) = directory.columns(of: node)
        let offered = Self.distinct((Int(ownColumns.offeringStart[ownLocal])..<Int(ownColumns.offeringStart[ownLocal + 1])).map { ownColumns.offeringService[$0] })
        let needed = (Int(ownColumns.needOffsets[ownLocal])..<Int(ownColumns.needOffsets[ownLocal + 1])).map { ownColumns.needValues[$0] }
        let neighbours = proximityNeighbours(of: node)
        let radius = max(0, query.radiusKm)
        let weights = query.weights.values
        let limit = max(0, query.limit)
        let ownAreas = Self.union(subject.cover, subject.servedCover)

        return pool.withScratch { scratch in
            scratch.begin()
            let tallies = scratch.partners.tallies
            let base = directory.baseColumns, overlay = directory.overlayView
            let partnerStamp = scratch.nextSearch()
            for neighbour in neighbours { scratch.searchSeen[Int(neighbour)] = partnerStamp }

            func touch(_ candidate: UInt32) {
                let index = Int(candidate)
                guard !scratch.isSeen(index) else { return }
                scratch.mark(index, state: 0)
                scratch.addCandidate(candidate)
                tallies[index] = PartnerTally(item: tallies[index].item)
            }
            /// Calls `body` once per organization in a posting list of `service`, base and overlay.
            func postings(_ service: UInt16, needs: Bool, _ body: (UInt32) -> Void) {
                let offsets = needs ? base.needPostingOffsets : base.offeringPostingOffsets
                let values = needs ? base.needPostingValues : base.offeringPostingValues
                // In blocks: the block's organizations, then their tallies and marks, are loaded
                // with no branch between the loads, so their cache misses overlap.
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.postingBlock) { locals in
                    var slot = Int(offsets[Int(service)])
                    let end = Int(offsets[Int(service) + 1])
                    while slot < end {
                        let count = min(Self.postingBlock, end - slot)
                        for index in 0..<count { locals[index] = needs ? values[slot + index] : base.offeringOrg[Int(values[slot + index])] }
                        var touched: UInt32 = 0
                        for index in 0..<count {
                            let local = Int(locals[index])
                            touched &+= tallies[local].item &+ (scratch.isSeen(local) ? 1 : 0)
                        }
                        scratch.prefetched &+= UInt64(touched)
                        for index in 0..<count {
                            let local = locals[index]
                            if overlay.local(local) == nil && local != node { body(local) }
                        }
                        slot += count
                    }
                }
                let columns = overlay.columns
                guard !columns.nodes.isEmpty else { return }
                let overlayOffsets = needs ? columns.needPostingOffsets : columns.offeringPostingOffsets
                let overlayValues = needs ? columns.needPostingValues : columns.offeringPostingValues
                for slot in Int(overlayOffsets[Int(service)])..<Int(overlayOffsets[Int(service) + 1]) {
                    let local = needs ? overlayValues[slot] : columns.offeringOrg[Int(overlayValues[slot])]
                    let candidate = columns.nodes[Int(local)]
                    if candidate != node { body(candidate) }
                }
            }

            // Complementarity: what they offer that it needs, what they need that it offers (related codes at half credit).
            for (list, isNeed) in [(needed, true), (offered, false)] {
                for service in list {
                    let item = scratch.nextItem()
                    let tiers = serviceTiers(service)
                    for (tier, codes) in tiers.prefix(3).enumerated() {
                        let credit: Float = tier == 0 ? 1 : 0.5
                        for code in codes {
                            postings(code, needs: !isNeed) { candidate in
                                guard tallies[Int(candidate)].item != item else { return }
                                tallies[Int(candidate)].item = item
                                touch(candidate)
                                if isNeed { tallies[Int(candidate)].receive += credit } else { tallies[Int(candidate)].give += credit }
                            }
                        }
                    }
                }
            }
            // Peers: the same services offered, the same needs.
            for (list, isNeed) in [(offered, false), (needed, true)] {
                for service in list {
                    let item = scratch.nextItem()
                    postings(service, needs: isNeed) { candidate in
                        guard tallies[Int(candidate)].item != item else { return }
                        tallies[Int(candidate)].item = item
                        touch(candidate)
                        if isNeed { tallies[Int(candidate)].sharedNeeded += 1 } else { tallies[Int(candidate)].sharedOffered += 1 }
                    }
                }
            }
            // Link prediction: Adamic–Adar over its collaborators' collaborators.
            for middle in neighbours {
                let (columns, local) = directory.columns(of: middle)
                let degree = Int(columns.proximityDegree[local])
                guard degree >= 2 else { continue }
                let weight = Float(1 / log(Double(degree)))
                let item = scratch.nextItem()
                let start = Int(columns.edgeOffsets[local])
                for slot in start..<(start + degree) {
                    let candidate = columns.edgeTargets[slot]
                    guard candidate != node, tallies[Int(candidate)].item != item else { continue }
                    tallies[Int(candidate)].item = item
                    touch(candidate)
                    tallies[Int(candidate)].adamicAdar += weight
                }
            }

            // Score. Once the heap is full, a candidate is finished only if it may beat the heap's
            // worst: first by a bound from its tally alone, then by one from its draft
            // (everything but the areas half of peer similarity and geography).
            var existing = 0, otherLanguages = 0
            var heap: [Ranked] = []
            heap.reserveCapacity(limit)
            var areaBuffer: [UInt32] = []
            let overlayColumns = overlay.columns
            let referenceColumns = directory.reference
            /// The draft of `candidate`, read from the base or the overlay columns without copying them.
            func draft(_ candidate: UInt32, local: Int, inOverlay: Bool) -> PartnerDraft {
                PartnerDraft(
                    candidate, columns: inOverlay ? overlayColumns : base, local: local, subject: subject, offered: offered.count, needed: needed.count,
                    tallies: tallies)
            }
            /// The features of `candidate` from its draft.
            func features(_ draft: PartnerDraft, _ candidate: UInt32, local: Int, inOverlay: Bool) -> SIMD16<Double> {
                draft.features(
                    columns: inOverlay ? overlayColumns : base, local: local, subject: subject, ownAreas: ownAreas, radius: radius, reference: referenceColumns,
                    areaBuffer: &areaBuffer)
            }
            for candidate in scratch.candidates {
                let index = Int(candidate)
                if scratch.searchSeen[index] == partnerStamp {
                    existing += 1
                    continue
                }
                let overlayLocal = overlay.local(candidate)
                let local = overlayLocal ?? index
                let flags = overlayLocal == nil ? base.flags[local] : overlayColumns.flags[local]
                if flags.contains(.deleted) { continue }
                let languages = overlayLocal == nil ? base.languages[local] : overlayColumns.languages[local]
                if subject.languages != 0 && languages != 0 && subject.languages & languages == 0 {
                    otherLanguages += 1
                    continue
                }
                let full = limit > 0 && heap.count == limit
                if full,
                    !TopK.canEnter(score: PartnerDraft.bound(tallies[index], offered: offered.count, needed: needed.count, weights: weights), node: candidate, heap: heap, order: order)
                {
                    continue
                }
                let drafted = draft(candidate, local: local, inOverlay: overlayLocal != nil)
                if full, !TopK.canEnter(score: drafted.bound(weights), node: candidate, heap: heap, order: order) { continue }
                let values = features(drafted, candidate, local: local, inOverlay: overlayLocal != nil)
                let score = Scoring.score(values, weights, count: Self.partnerFeatureCount)
                guard score > 0 else { continue }
                TopK.offer(Ranked(score: score, node: candidate, offering: 0, inOverlay: false, tier: 0), to: &heap, limit: limit, order: order)
            }
            let excluded: [PartnerExclusion: Int] = [.existingPartner: existing, .language: otherLanguages]

            let ranked = TopK.ordered(heap, order: order)
            let items = ranked.map { item in
                let overlayLocal = overlay.local(item.node)
                let local = overlayLocal ?? Int(item.node)
                let values = features(draft(item.node, local: local, inOverlay: overlayLocal != nil), item.node, local: local, inOverlay: overlayLocal != nil)
                let contributions = Scoring.contributions(values, query.weights)
                let candidateEntry = directory.summary(node: item.node)!
                let reasons = PartnerReasons(
                    matcher: self, text: text, subject: subject, entry: entry, candidate: item.node, candidateEntry: candidateEntry, offered: offered,
                    needed: needed, neighbours: neighbours, values: values, radius: radius)
                return PartnerSuggestion(
                    partner: OrganizationRef(candidateEntry.organization), score: Double(item.score) / 1_000_000, features: contributions, reasons: reasons.ordered(by: contributions),
                    sharedNeighbours: reasons.sharedNeighbours.map(reference))
            }
            var answer = PartnerAnswer(organization: OrganizationRef(entry.organization), items: items, considered: scratch.candidates.count, excluded: excluded, explanation: nil)
            if items.isEmpty {
                let name = entry.organization.name
                if offered.isEmpty && needed.isEmpty && neighbours.isEmpty {
                    answer.explanation = text.nothingToMatch(name)
                } else if !scratch.candidates.isEmpty {
                    answer.explanation = text.allCandidatesExcluded(
                        name, total: scratch.candidates.count, partners: excluded[.existingPartner] ?? 0, language: excluded[.language] ?? 0)
                } else {
                    answer.explanation = text.noPartners(name)
                }
            }
            return answer
        }
    }

    static let partnerFeatureCount = PartnerFeature.allCases.count
    /// The kind bit of `other`, which says nothing about likeness.
    static let otherKindBit: UInt32 = 1 << UInt32(OrganizationKind.allCases.firstIndex(of: .other)!)

    /// How two organizations sit: 1 when either serves the other's home area (or an area
    /// containing it), else distance decay. `area` is the served area that explains a 1.
    static func partnerGeography(_ columns: MatchColumns, local: Int, subject: Subject, radius: Double, reference: ReferenceColumns) -> (fit: Double, area: UInt32?, distance: Double) {
        for slot in Int(columns.homeOffsets[local])..<Int(columns.homeOffsets[local + 1]) {
            if let area = subject.served.first(where: { reference.area(columns.homeValues[slot], isWithin: $0) }) { return (1, area, .nan) }
        }
        for slot in Int(columns.servedOffsets[local])..<Int(columns.servedOffsets[local + 1]) where Self.contains(subject.cover, columns.servedValues[slot]) {
            return (1, columns.servedValues[slot], .nan)
        }
        let distance = Geography.distanceKm(subject.lat, subject.lon, Double(columns.lat[local]), Double(columns.lon[local]))
        return (Geography.decay(distance, radius: radius), nil, distance)
    }

    /// The distinct organizations `node` has proximity edges with, ascending.
    func proximityNeighbours(of node: UInt32) -> [UInt32] {
        let (columns, local) = directory.columns(of: node)
        let start = Int(columns.edgeOffsets[local])
        return Self.distinct((start..<(start + Int(columns.proximityDegree[local]))).map { columns.edgeTargets[$0] })
    }

    static func distinct<T: Comparable>(_ values: [T]) -> [T] {
        var result: [T] = []
        for value in values.sorted() where result.last != value { result.append(value) }
        return result
    }

    /// How many distinct services local organization `local` offers.
    static func distinctCount(_ columns: MatchColumns, local: Int) -> Int {
        let range = Int(columns.offeringStart[local])..<Int(columns.offeringStart[local + 1])
        var count = 0
        for slot in range {
            let service = columns.offeringService[slot]
            if !(range.lowerBound..<slot).contains(where: { columns.offeringService[$0] == service }) { count += 1 }
        }
        return count
    }

    @inline(__always)
    static func contains(_ sorted: [UInt32], _ value: UInt32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    static func union(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] { distinct(a + b) }
}
