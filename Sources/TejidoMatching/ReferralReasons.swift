import TejidoDirectory
import TejidoModel

/// The sentences that explain one referral suggestion, each tied to the feature it speaks for,
/// built from the provider's own record so that every one is true of it. A relaxed filter the
/// provider fails becomes a warning that leads the list.
struct ReferralReasons {
    private var warnings: [String] = []
    private var reasons: [(feature: ReferralFeature, text: String)] = []

    /// The reasons for `entry`'s offering `offering` of `service`, for a client whose languages
    /// (distinct primary subtags, in its order) are `clientLanguages`.
    init(
        matcher: Matcher, text: ReasonText, entry: borrowing OrganizationSummary, client: borrowing OrganizationSummary, clientLanguages: [String], offering: Int?,
        service: Service, need: UInt16, tier: Int, values: SIMD16<Double>, verdict: ReferralScan.Verdict, subject: Subject, radius: Double,
        path: [ProximityPaths.Step]?
    ) {
        let directory = matcher.directory
        let language = text.code
        // The offering's own fields, read in place from the record.
        let ownLanguages = offering.map { entry.offerings[$0].languages } ?? []
        let coopFluent = offering.flatMap { entry.offerings[$0].coopFluent }
        let capacityPerMonth = offering.flatMap { entry.offerings[$0].capacityPerMonth }
        let cost = offering.flatMap { entry.offerings[$0].cost }
        func providerLanguages() -> [String] {
            Self.primaries(ownLanguages.isEmpty ? entry.organization.languages : ownLanguages)
        }
        func homeName() -> String {
            subject.home.first.map { directory.area(at: $0).name(language) } ?? client.organization.locality ?? client.organization.name
        }

        // Warnings: relaxed filters it fails.
        func warned(_ filter: ReferralFilter) -> Bool { verdict.warnings & (1 << UInt8(filter.order)) != 0 }
        if warned(.acceptsReferrals) { warnings.append(text.noReferrals) }
        if warned(.language) { warnings.append(text.notYourLanguages(providerLanguages().map(text.languageName))) }
        if warned(.area) {
            let distance = verdict.placement.distance
            warnings.append(text.doesNotServe(homeName(), kilometres: distance.isNaN ? nil : Int(distance.rounded())))
        }
        if warned(.capacity) { warnings.append(text.noPlacesFree) }
        if warned(.population) { warnings.append(text.servesOnly(entry.organization.populationsServed.map(text.population))) }

        // Service fit.
        let label = service.label(language)
        func needLabel() -> String { directory.service(at: need).label(language) }
        switch tier {
        case 0: reasons.append((.serviceFit, text.offers(label)))
        case 1: reasons.append((.serviceFit, text.offersNarrower(label, within: needLabel())))
        case 2: reasons.append((.serviceFit, text.offersBroader(label, covering: needLabel())))
        default: reasons.append((.serviceFit, text.offersRelated(label, to: needLabel())))
        }

        // Language.
        if values[3] > 0.5 {
            let provider = providerLanguages()
            let shared = clientLanguages.filter(provider.contains)
            if !shared.isEmpty { reasons.append((.language, text.worksIn(shared.map(text.languageName)))) }
        }

        // Geography.
        let placement = verdict.placement
        if placement.covers {
            let area = directory.area(at: placement.area)
            if let home = subject.home.first(where: { directory.reference.area($0, isWithin: placement.area) }) {
                let homeArea = directory.area(at: home)
                reasons.append((.geographicFit, home == placement.area ? text.serves(homeArea.name(language)) : text.serves(area.name(language), including: homeArea.name(language))))
            }
        } else if placement.within {
            let area = directory.area(at: placement.area)
            if let home = subject.home.first(where: { directory.reference.area(placement.area, isWithin: $0) }) {
                reasons.append((.geographicFit, text.serves(area.name(language), within: directory.area(at: home).name(language))))
            }
        } else if !warned(.area), !placement.distance.isNaN, placement.distance <= radius {
            reasons.append((.geographicFit, text.away(Int(placement.distance.rounded()))))
        }

        // Co-op fluency.
        if coopFluent == true {
            reasons.append((.coopFluency, text.coopFluentOffering))
        } else if let fluency = entry.organization.coopFluency {
            switch fluency.level {
            case .expert: reasons.append((.coopFluency, text.coopExpert))
            case .some: reasons.append((.coopFluency, text.coopSome))
            case .none: if let clients = fluency.coopClients, clients > 0 { reasons.append((.coopFluency, text.coopClients(clients))) }
            }
        }

        // Track record.
        let counts = entry.referrals
        if counts.decided > 0 { reasons.append((.trackRecord, text.referralsMet(counts.met, of: counts.decided, partly: counts.partlyMet))) }

        // Network proximity.
        if values[6] > 0, let path {
            let names = path.dropLast().map { directory.name(node: $0.node) ?? "" }
            reasons.append((.networkProximity, text.path(path, names: Array(names))))
        }

        // Capacity.
        if let capacity = capacityPerMonth, capacity > 0, values[7] > 0 {
            let left = Int((values[7] * Double(capacity)).rounded())
            reasons.append((.capacityHeadroom, text.placesFree(left, of: capacity)))
        }

        // Cost.
        switch cost {
        case .free?: reasons.append((.costFit, text.free))
        case .slidingScale?: reasons.append((.costFit, text.slidingScale))
        case .paid?: reasons.append((.costFit, text.paid))
        case nil: break
        }

        // Population.
        if values[4] == 1 {
            let shared = entry.organization.populationsServed.filter(client.organization.populationsServed.contains)
            if !shared.isEmpty { reasons.append((.populationFit, text.servesPopulations(shared.map(text.population)))) }
        }
    }

    /// Distinct primary subtags of `codes` (primary subtags themselves), in order.
    static func primaries(_ codes: [String]) -> [String] {
        var seen: [String] = []
        for code in codes where !seen.contains(code) { seen.append(code) }
        return seen
    }

    /// Warnings first, then reasons by contribution (largest first, ties in feature order).
    func ordered(by contributions: [Contribution<ReferralFeature>]) -> [String] {
        warnings + Contribution.ordered(reasons, by: contributions)
    }
}
