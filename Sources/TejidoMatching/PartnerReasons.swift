import Foundation
import TejidoDirectory
import TejidoModel

/// The sentences that explain one partner suggestion: the services each offers that the other
/// needs, the services, kinds, sectors and places they share, and the organizations both already
/// work with. Built for the top suggestions only, from their records.
struct PartnerReasons {
    private var reasons: [(feature: PartnerFeature, text: String)] = []
    /// Organizations both work with, most telling (least connected) first.
    private(set) var sharedNeighbours: [UInt32] = []

    init(
        matcher: Matcher, text: ReasonText, subject: Subject, entry: borrowing OrganizationSummary, candidate: UInt32, candidateEntry: borrowing OrganizationSummary,
        offered: [UInt16], needed: [UInt16],
        neighbours: [UInt32], values: SIMD16<Double>, radius: Double
    ) {
        let directory = matcher.directory
        let language = text.code
        let reference = directory.reference
        let (columns, local) = directory.columns(of: candidate)
        let theirOffered = Matcher.distinct((Int(columns.offeringStart[local])..<Int(columns.offeringStart[local + 1])).map { columns.offeringService[$0] })
        let theirNeeds = (Int(columns.needOffsets[local])..<Int(columns.needOffsets[local + 1])).map { columns.needValues[$0] }
        func related(_ a: UInt16, _ b: UInt16) -> Bool { reference.service(a, isWithin: b) || reference.service(b, isWithin: a) }
        func labels(_ services: [UInt16]) -> [String] { Array(services.prefix(3)).map { directory.service(at: $0).label(language) } }

        // Complementarity.
        if values[0] > 0 {
            let gives = theirOffered.filter { service in needed.contains { related(service, $0) } }
            if !gives.isEmpty { reasons.append((.complementarity, text.offersWhatYouNeed(labels(gives)))) }
            let takes = theirNeeds.filter { service in offered.contains { related(service, $0) } }
            if !takes.isEmpty { reasons.append((.complementarity, text.needsWhatYouOffer(labels(takes)))) }
        }

        // Peers.
        if values[1] > 0 {
            let alsoOffered = theirOffered.filter(offered.contains)
            if !alsoOffered.isEmpty { reasons.append((.peerSimilarity, text.alsoOffers(labels(alsoOffered)))) }
            let alsoNeeded = theirNeeds.filter(needed.contains)
            if !alsoNeeded.isEmpty { reasons.append((.peerSimilarity, text.alsoNeeds(labels(alsoNeeded)))) }
            let theirKinds = candidateEntry.organization.kinds
            let sharedKinds = entry.organization.kinds.filter { $0 != .other && theirKinds.contains($0) }
            if !sharedKinds.isEmpty { reasons.append((.peerSimilarity, text.sameKind(sharedKinds.sorted().map(text.kind)))) }
            let theirSectors = candidateEntry.organization.sectors
            let sharedSectors = entry.organization.sectors.filter(theirSectors.contains)
            if !sharedSectors.isEmpty { reasons.append((.peerSimilarity, text.sameSector(sharedSectors))) }
        }

        // Link prediction: the shared neighbours, least connected first.
        if values[2] > 0 {
            let theirs = matcher.proximityNeighbours(of: candidate)
            let shared = neighbours.filter { Matcher.contains(theirs, $0) }
            let ranked = shared.map { node -> (UInt32, Int) in
                let (columns, local) = directory.columns(of: node)
                return (node, Int(columns.proximityDegree[local]))
            }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : directory.idPrecedes($0.0, $1.0) }
            sharedNeighbours = ranked.map(\.0)
            let names = sharedNeighbours.prefix(3).compactMap { directory.name(node: $0) }
            if !names.isEmpty { reasons.append((.linkPrediction, text.bothWorkWith(names, more: max(0, sharedNeighbours.count - 3)))) }
        }

        // Geography.
        let geography = Matcher.partnerGeography(columns, local: local, subject: subject, radius: radius, reference: reference)
        if let area = geography.area {
            reasons.append((.geographicFit, text.alsoIn(directory.area(at: area).name(language))))
        } else if !geography.distance.isNaN, geography.distance <= radius {
            reasons.append((.geographicFit, text.away(Int(geography.distance.rounded()))))
        }
    }

    /// Reasons by contribution, largest first (ties in feature order, then as built).
    func ordered(by contributions: [Contribution<PartnerFeature>]) -> [String] {
        Contribution.ordered(reasons, by: contributions)
    }
}
