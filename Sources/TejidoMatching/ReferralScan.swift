import TejidoDirectory
import TejidoModel

/// One referral query's pass over the service posting lists: each candidate offering goes
/// through the hard filters and, if it passes, is scored and offered to the top-k heap. Reads
/// only columns; allocates nothing per candidate.
struct ReferralScan {
    /// The fit of each service tier: the needed code, a code below it, a code above it, a sibling.
    static let tierFit: [Double] = [1, 0.8, 0.6, 0.3]
    /// `state` of a candidate that passed; failed candidates hold their filter's order + 1.
    static let passed: UInt8 = 0
    static let unseen: UInt8 = 255
    static let featureCount = ReferralFeature.allCases.count
    static let acceptsReferralsBit = MatchColumns.Flags.acceptsReferrals.rawValue
    /// Offerings visited per block (at most 32: one bit each in a mask).
    static let bandBlock = 16

    let matcher: Matcher
    let subject: Subject
    let weights: SIMD16<Double>
    /// Bit `filter.order` set for each relaxed filter.
    let relaxed: UInt8
    let radius: Double
    let limit: Int
    let proximityFactor: Float
    let scratch: MatchScratch
    let base: MatchColumns
    let overlay: MatchOverlay
    let reference: ReferenceColumns
    let order: IDOrder
    /// Whether the base is read through its area index (the area filter applies, the client is located).
    let useAreaIndex: Bool
    /// The ticks a point within the radius of the client can lie in.
    let bounds: TickBounds
    /// The most the organization's features (co-op fluency, track record, proximity: each in
    /// [0, 1]) can add to a score, in millionths: each term at whichever end scores more, and
    /// proximity 0 when the client has no proximity edges.
    let headroom: Int64

    init(matcher: Matcher, subject: Subject, query: ReferralQuery, proximityFactor: Float, scratch: MatchScratch) {
        self.matcher = matcher
        self.subject = subject
        weights = query.weights.values
        relaxed = query.relaxed.reduce(0) { $0 | (1 << UInt8($1.order)) }
        radius = max(0, query.radiusKm)
        limit = max(0, query.limit)
        self.proximityFactor = proximityFactor
        self.scratch = scratch
        base = matcher.directory.baseColumns
        overlay = matcher.directory.overlayView
        reference = matcher.directory.reference
        order = matcher.order
        useAreaIndex = subject.isLocated && query.relaxed.contains(.area) == false
        bounds = TickBounds(lat: subject.lat, lon: subject.lon, radius: max(0, query.radiusKm))
        let weights = query.weights.values
        headroom = max(0, Scoring.micro(weights[1], 1)) + max(0, Scoring.micro(weights[5], 1)) + (proximityFactor > 0 ? max(0, Scoring.micro(weights[6], 1)) : 0)
    }

    /// Considers the offerings of `service` in the base (skipping organizations the overlay
    /// replaced) and in the overlay. When the area filter applies and the client is located, the
    /// base is read through its area index: only offerings serving an area that passes, and
    /// offerings in the latitude band of the radius, are evaluated; the others fail the area
    /// filter by construction and are only counted.
    func scan(service: UInt16, tier: Int) {
        if useAreaIndex {
            scanNear(service: service, tier: tier)
        } else {
            scanAll(service: service, tier: tier)
        }
        scanOverlay(service: service, tier: tier)
    }

    /// Every base offering of `service`.
    private func scanAll(service: UInt16, tier: Int) {
        let shadowed = overlay.shadowed
        var cursor = 0
        let start = Int(base.offeringPostingOffsets[Int(service)]), end = Int(base.offeringPostingOffsets[Int(service) + 1])
        for slot in start..<end {
            let offering = Int(base.offeringPostingValues[slot])
            let local = Int(base.offeringOrg[offering])
            if !shadowed.isEmpty {
                while cursor < shadowed.count && shadowed[cursor] < UInt32(local) { cursor += 1 }
                if cursor < shadowed.count && shadowed[cursor] == UInt32(local) { continue }
            }
            consider(base, offering: offering, local: local, node: UInt32(local), inOverlay: false, tier: tier)
        }
    }

    /// The base offerings of `service` that serve an area passing the area filter, or lie in the
    /// latitude band of the radius within its longitude span; the rest are counted in `skippedByArea`.
    ///
    /// Offerings are visited in blocks of ``bandBlock``: the block's organizations and marks are
    /// loaded first, then what the filters and features read of each (its organization's columns,
    /// then the first area it serves), each pass with no branch between its loads, so the
    /// processor overlaps the cache misses of the whole block; then each offering is visited in
    /// order. An organization already seen has nothing new to say in the band (it was seen
    /// through an area that passes), so there a block skips them, its mark checked again at the
    /// visit (a visit in the block may have marked the organization of a later offering).
    private func scanNear(service: UInt16, tier: Int) {
        let hasOverlay = !overlay.shadowed.isEmpty
        var visits = 0
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * Self.bandBlock) { buffer in
            // Offerings at [bandBlock, bandBlock + count), their organizations at [0, count).
            var count = 0
            func visitBlock(skippingSeen: Bool) {
                for index in 0..<count { buffer[index] = base.offeringOrg[Int(buffer[Self.bandBlock + index])] }
                var skipped: UInt32 = 0
                if skippingSeen {
                    for index in 0..<count { skipped |= (scratch.isSeen(Int(buffer[index])) ? 1 : 0) << UInt32(index) }
                }
                var touched: UInt64 = 0
                for index in 0..<count where skipped & (1 << UInt32(index)) == 0 {
                    let local = Int(buffer[index]), offering = Int(buffer[Self.bandBlock + index])
                    touched &+= base.offeringLanguageMask[offering] &+ UInt64(base.offeringCapacity[offering]) &+ UInt64(base.flags[local].rawValue)
                        &+ UInt64(base.servedOffsets[local]) &+ UInt64(base.lat[local].bitPattern) &+ base.populations[local]
                        &+ UInt64(base.fluency[local].bitPattern) &+ UInt64(base.trackRecord[local].bitPattern)
                }
                for index in 0..<count where skipped & (1 << UInt32(index)) == 0 {
                    let local = Int(buffer[index]), offering = Int(buffer[Self.bandBlock + index])
                    if base.offeringBits[offering] & MatchColumns.OfferingBit.explicitAreas != 0 {
                        let slot = Int(base.explicitAreaOffsets[offering])
                        if slot < base.explicitAreaValues.count { touched &+= UInt64(base.explicitAreaValues[slot]) }
                    } else {
                        let slot = Int(base.servedOffsets[local])
                        if slot < base.servedValues.count { touched &+= UInt64(base.servedValues[slot]) }
                    }
                }
                scratch.prefetched &+= touched
                for index in 0..<count where skipped & (1 << UInt32(index)) == 0 {
                    let local = Int(buffer[index])
                    if skippingSeen && scratch.isSeen(local) { continue }
                    if hasOverlay && overlay.local(UInt32(local)) != nil { continue }
                    visits += 1
                    consider(base, offering: Int(buffer[Self.bandBlock + index]), local: local, node: UInt32(local), inOverlay: false, tier: tier)
                }
                count = 0
            }

            let areaStart = Int(base.areaPostingOffsets[Int(service)]), areaEnd = Int(base.areaPostingOffsets[Int(service) + 1])
            if areaStart < areaEnd {
                for area in subject.passAreas {
                    var slot = lowerBound(area, in: base.areaPostingAreas, from: areaStart, to: areaEnd)
                    while slot < areaEnd && base.areaPostingAreas[slot] == area {
                        buffer[Self.bandBlock + count] = base.areaPostingOfferings[slot]
                        count += 1
                        if count == Self.bandBlock { visitBlock(skippingSeen: false) }
                        slot += 1
                    }
                }
                visitBlock(skippingSeen: false)
            }
            guard !subject.lat.isNaN else { return }
            let bounds = bounds
            let start = Int(base.latitudePostingOffsets[Int(service)]), end = Int(base.latitudePostingOffsets[Int(service) + 1])
            var slot = lowerBound(bounds.low, in: base.latitudePostingLatitudes, from: start, to: end)
            while slot < end && base.latitudePostingLatitudes[slot] <= bounds.high {
                if bounds.admits(longitude: base.latitudePostingLongitudes[slot]) {
                    buffer[Self.bandBlock + count] = base.latitudePostingOfferings[slot]
                    count += 1
                    if count == Self.bandBlock { visitBlock(skippingSeen: true) }
                }
                slot += 1
            }
            visitBlock(skippingSeen: true)
        }
        let total = Int(base.offeringPostingOffsets[Int(service) + 1] - base.offeringPostingOffsets[Int(service)])
        scratch.skippedByArea += max(0, total - visits)
    }

    /// The first slot in `list[from..<to]` (sorted) holding a value not below `value`.
    @inline(__always)
    private func lowerBound<T: Comparable>(_ value: T, in list: [T], from: Int, to: Int) -> Int {
        var low = from, high = to
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Every overlay offering of `service`.
    private func scanOverlay(service: UInt16, tier: Int) {
        let columns = overlay.columns
        guard !columns.nodes.isEmpty else { return }
        for slot in Int(columns.offeringPostingOffsets[Int(service)])..<Int(columns.offeringPostingOffsets[Int(service) + 1]) {
            let offering = Int(columns.offeringPostingValues[slot])
            let local = Int(columns.offeringOrg[offering])
            consider(columns, offering: offering, local: local, node: columns.nodes[local], inOverlay: true, tier: tier)
        }
    }

    @inline(__always)
    private func consider(_ columns: MatchColumns, offering: Int, local: Int, node: UInt32, inOverlay: Bool, tier: Int) {
        guard node != subject.node else { return }
        let index = Int(node)
        let state: UInt8
        if scratch.isSeen(index) {
            state = scratch.state(of: index)
            if state == Self.passed { return }
        } else {
            state = Self.unseen
            scratch.addCandidate(node)
        }
        var values = SIMD16<Double>()
        let verdict = filter(columns, offering: offering, local: local, values: &values, diagnose: false)
        if verdict.failures != 0 {
            scratch.mark(index, state: state == Self.unseen ? UInt8(verdict.failures.trailingZeroBitCount + 1) : state)
            return
        }
        scratch.mark(index, state: Self.passed)
        offeringFeatures(columns, offering: offering, tier: tier, values: &values)
        // The terms known so far (the organization's features are still 0, and a term of 0 is
        // 0). Once the heap is full, a candidate whose known terms plus the most the
        // organization's features could add cannot beat its worst is not read further.
        let known = Scoring.score(values, weights, count: Self.featureCount)
        if limit > 0 && scratch.heap.count == limit && !TopK.canEnter(score: known + headroom, node: node, heap: scratch.heap, order: order) { return }
        organizationFeatures(columns, offering: offering, local: local, node: node, values: &values)
        let score = known + Scoring.micro(weights[1], values[1]) + Scoring.micro(weights[5], values[5]) + Scoring.micro(weights[6], values[6])
        TopK.offer(
            Ranked(score: score, node: node, offering: UInt32(offering), inOverlay: inOverlay, tier: UInt8(tier)), to: &scratch.heap, limit: limit,
            order: order)
    }

    /// What the filters and features say about one offering.
    struct Verdict {
        /// Bit `filter.order` for each unrelaxed filter it fails.
        var failures: UInt8 = 0
        /// Bit `filter.order` for each relaxed filter it fails: the warnings its reasons lead with.
        var warnings: UInt8 = 0
        var placement = Placement()
    }

    /// Runs the filters in order and, when they pass (or with `diagnose`, always), computes the
    /// features into `values`. Without `diagnose` it stops at the first failing filter.
    @inline(__always)
    func evaluate(_ columns: MatchColumns, offering: Int, local: Int, node: UInt32, tier: Int, values: inout SIMD16<Double>, diagnose: Bool) -> Verdict {
        let verdict = filter(columns, offering: offering, local: local, values: &values, diagnose: diagnose)
        if diagnose || verdict.failures == 0 {
            offeringFeatures(columns, offering: offering, tier: tier, values: &values)
            organizationFeatures(columns, offering: offering, local: local, node: node, values: &values)
        }
        return verdict
    }

    /// The features the offering's own columns give: service fit and cost.
    @inline(__always)
    func offeringFeatures(_ columns: MatchColumns, offering: Int, tier: Int, values: inout SIMD16<Double>) {
        values[0] = Self.tierFit[tier]
        values[8] = switch columns.offeringBits[offering] & MatchColumns.OfferingBit.costMask {
        case MatchColumns.CostCode.free: 1
        case MatchColumns.CostCode.slidingScale: 0.8
        case MatchColumns.CostCode.paid: 0.4
        default: 0.5
        }
    }

    /// The features read from the organization's columns and the push: co-op fluency, track
    /// record and network proximity. Each lies in [0, 1], which ``headroom`` relies on.
    @inline(__always)
    func organizationFeatures(_ columns: MatchColumns, offering: Int, local: Int, node: UInt32, values: inout SIMD16<Double>) {
        values[1] = columns.offeringBits[offering] & MatchColumns.OfferingBit.coopFluent != 0 ? 1 : Double(columns.fluency[local])
        values[5] = Double(columns.trackRecord[local])
        values[6] = ForwardPush.proximity(node, scratch: scratch, factor: proximityFactor)
    }

    /// Runs the filters in order, computing the features they read (language, geography,
    /// capacity, population) on the way. Without `diagnose` it stops at the first failing filter.
    @inline(__always)
    private func filter(_ columns: MatchColumns, offering: Int, local: Int, values: inout SIMD16<Double>, diagnose: Bool) -> Verdict {
        var verdict = Verdict()
        @inline(__always) func fail(_ filter: ReferralFilter) -> Bool {
            let bit: UInt8 = 1 << UInt8(filter.order)
            if relaxed & bit != 0 {
                verdict.warnings |= bit
                return false
            }
            verdict.failures |= bit
            return !diagnose
        }

        // accepts_referrals
        if columns.flags[local].rawValue & Self.acceptsReferralsBit == 0, fail(.acceptsReferrals) { return verdict }

        // language
        let offered = columns.offeringLanguageMask[offering]
        if subject.languages != 0 && offered != 0 {
            if offered & subject.languages == 0 {
                values[3] = 0
                if fail(.language) { return verdict }
            } else {
                values[3] = offered & subject.primaryLanguage != 0 ? 1 : 0.7
            }
        } else {
            values[3] = 0.5
        }

        // area
        if subject.isLocated {
            let exact = diagnose || relaxed & (1 << UInt8(ReferralFilter.area.order)) != 0
            let placement = subject.place(columns, offering: offering, local: local, reference: reference, alwaysMeasure: diagnose, bound: exact ? .infinity : radius)
            verdict.placement = placement
            if placement.covers {
                values[2] = 1
            } else if placement.within {
                values[2] = 0.7
            } else {
                values[2] = Geography.decay(placement.distance, radius: radius)
                if !(placement.distance <= radius), fail(.area) { return verdict }
            }
        } else {
            values[2] = 0.5
        }

        // capacity
        let capacity = columns.offeringCapacity[offering]
        if capacity == MatchColumns.unknownCapacity {
            values[7] = 0.5
        } else {
            let left = Int(capacity) - Int(columns.offeringLoad[offering])
            if left <= 0 {
                values[7] = 0
                if fail(.capacity) { return verdict }
            } else {
                values[7] = Double(left) / Double(capacity)
            }
        }

        // population
        let served = columns.populations[local]
        if served == 0 {
            values[4] = 0.5
        } else if subject.populations == 0 {
            values[4] = 0.25
        } else if served & subject.populations != 0 {
            values[4] = 1
        } else {
            values[4] = 0
            if fail(.population) { return verdict }
        }
        return verdict
    }
}
