import Foundation
import TejidoDirectory

/// The features of one partner candidate that its accumulators and a few of its columns give
/// at once: complementarity, link prediction, and peer similarity but for its areas. What is
/// left, the areas Jaccard index and geography, costs a climb of the area tree and a distance;
/// ``bound(_:)`` says how high the score can go without them, so a candidate that cannot enter
/// the top k is never finished.
struct PartnerDraft {
    var complementarity: Double
    var servicesJaccard: Double
    var sameKind: Double
    var sameSector: Double
    var linkPrediction: Double

    /// The draft of `candidate` (local `local` in `columns`), against an organization that
    /// offers `offered` distinct services and has `needed` open needs.
    init(_ candidate: UInt32, columns: MatchColumns, local: Int, subject: Subject, offered: Int, needed: Int, tallies: UnsafeMutableBufferPointer<PartnerTally>) {
        let tally = tallies[Int(candidate)]
        let theirNeeds = Int(columns.needOffsets[local + 1] - columns.needOffsets[local])
        let receive = Self.receiveShare(tally, needed: needed)
        let give = theirNeeds > 0 ? min(1, Double(tally.give) / Double(theirNeeds)) : 0
        complementarity = 0.5 * receive + 0.5 * give

        let theirOffered = Matcher.distinctCount(columns, local: local)
        let shared = Int(tally.sharedOffered) + Int(tally.sharedNeeded)
        let union = offered + needed + theirOffered + theirNeeds - shared
        servicesJaccard = union > 0 ? Double(shared) / Double(union) : 0
        sameKind = (columns.kinds[local] & subject.kinds & ~Matcher.otherKindBit) != 0 ? 1 : 0
        sameSector = (columns.sectors[local] & subject.sectors) != 0 ? 1 : 0

        linkPrediction = 1 - exp(-Double(tally.adamicAdar))
    }

    /// The share of the organization's `needed` needs the candidate offers.
    static func receiveShare(_ tally: PartnerTally, needed: Int) -> Double {
        needed > 0 ? min(1, Double(tally.receive) / Double(needed)) : 0
    }

    /// A looser bound than ``bound(_:)`` from the candidate's tally alone, before any of its
    /// columns is read: the share of its needs the organization offers is at most 1 (0 when it
    /// offers none of them); the services Jaccard index at most `shared / (offered + needed)`
    /// (the union counts at least the organization's own services, as both lists are distinct);
    /// kind, sector, areas and geography at whichever end scores more.
    static func bound(_ tally: PartnerTally, offered: Int, needed: Int, weights: SIMD16<Double>) -> Int64 {
        func best(_ weight: Double, _ low: Double, _ high: Double) -> Int64 { max(Scoring.micro(weight, low), Scoring.micro(weight, high)) }
        let receive = receiveShare(tally, needed: needed)
        let shared = Int(tally.sharedOffered) + Int(tally.sharedNeeded)
        let servicesJaccard = offered + needed > 0 ? min(1, Double(shared) / Double(offered + needed)) : 0
        let peer = 0.4 * servicesJaccard + 0.3 * 1 + 0.15 * 1 + 0.15 * 1
        return best(weights[0], 0.5 * receive + 0.5 * 0, 0.5 * receive + 0.5 * (tally.give > 0 ? 1 : 0)) + best(weights[1], 0, peer)
            + Scoring.micro(weights[2], 1 - exp(-Double(tally.adamicAdar))) + best(weights[3], 0, 1)
    }

    /// Peer similarity with the areas Jaccard index `areasJaccard`.
    func peerSimilarity(areasJaccard: Double) -> Double {
        0.4 * servicesJaccard + 0.3 * areasJaccard + 0.15 * sameKind + 0.15 * sameSector
    }

    /// The highest score the candidate can have under `weights`, in millionths: each unknown
    /// feature (the areas index, geography) at whichever end of [0, 1] scores more. Exact as a
    /// bound because each rounded term `micro(w, x)` is monotone in `x` and peer similarity is
    /// monotone in the areas index (IEEE rounding preserves order), and a score is the sum of
    /// the rounded terms.
    func bound(_ weights: SIMD16<Double>) -> Int64 {
        func best(_ weight: Double, _ low: Double, _ high: Double) -> Int64 { max(Scoring.micro(weight, low), Scoring.micro(weight, high)) }
        return Scoring.micro(weights[0], complementarity) + best(weights[1], peerSimilarity(areasJaccard: 0), peerSimilarity(areasJaccard: 1))
            + Scoring.micro(weights[2], linkPrediction) + best(weights[3], 0, 1)
    }

    /// Every feature, in ``PartnerFeature`` order: the draft finished with the areas the
    /// candidate shares with the organization (home and served areas with every area above
    /// them, `ownAreas` being the organization's, sorted) and geography.
    func features(
        columns: MatchColumns, local: Int, subject: Subject, ownAreas: [UInt32], radius: Double, reference: ReferenceColumns, areaBuffer: inout [UInt32]
    ) -> SIMD16<Double> {
        areaBuffer.removeAll(keepingCapacity: true)
        func climb(_ area: UInt32, into buffer: inout [UInt32]) {
            var current = Int32(area)
            while current >= 0 {
                buffer.append(UInt32(current))
                current = reference.areaParent[Int(current)]
            }
        }
        for slot in Int(columns.homeOffsets[local])..<Int(columns.homeOffsets[local + 1]) { climb(columns.homeValues[slot], into: &areaBuffer) }
        for slot in Int(columns.servedOffsets[local])..<Int(columns.servedOffsets[local + 1]) { climb(columns.servedValues[slot], into: &areaBuffer) }
        areaBuffer.sort()
        var theirAreas = 0, sharedAreas = 0, previous: UInt32?
        for area in areaBuffer where area != previous {
            previous = area
            theirAreas += 1
            if Matcher.contains(ownAreas, area) { sharedAreas += 1 }
        }
        let areaUnion = ownAreas.count + theirAreas - sharedAreas
        let areasJaccard = areaUnion > 0 ? Double(sharedAreas) / Double(areaUnion) : 0

        var values = SIMD16<Double>()
        values[0] = complementarity
        values[1] = peerSimilarity(areasJaccard: areasJaccard)
        values[2] = linkPrediction
        values[3] = Matcher.partnerGeography(columns, local: local, subject: subject, radius: radius, reference: reference).fit
        return values
    }
}
