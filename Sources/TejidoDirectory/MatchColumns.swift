import Dispatch
import TejidoModel

/// The columns the matcher reads, for one set of organizations (the base, or the overlay of one
/// version): struct-of-arrays per organization and per offering, compressed-sparse-row lists of
/// areas, open needs and relationships, and per-service posting lists of offerings and needs.
/// Everything is a dense integer or a float; nothing on the matcher's hot path hashes a string.
///
/// Organizations are addressed by a local index. In the base it is the organization's position,
/// which is also its node in the relationship graph; in the overlay, ``nodes`` maps it to a node.
package struct MatchColumns: Sendable {
    /// Per-organization flags.
    package struct Flags: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        package static let acceptsReferrals = Flags(rawValue: 1)
        package static let hasLanguages = Flags(rawValue: 2)
        package static let hasPopulations = Flags(rawValue: 4)
        /// A deleted organization in the overlay: it hides its base position and offers nothing.
        package static let deleted = Flags(rawValue: 8)
    }

    /// Per-offering bits: the cost in the low two bits, then flags.
    package enum OfferingBit {
        package static let costMask: UInt8 = 3
        package static let coopFluent: UInt8 = 4
        package static let explicitLanguages: UInt8 = 8
        package static let explicitAreas: UInt8 = 16
        package static let inPerson: UInt8 = 32
        package static let remote: UInt8 = 64
    }

    /// The cost codes in ``offeringBits``.
    package enum CostCode {
        package static let unknown: UInt8 = 0, free: UInt8 = 1, slidingScale: UInt8 = 2, paid: UInt8 = 3
    }

    /// ``offeringCapacity`` when the offering states none.
    package static let unknownCapacity: UInt16 = .max

    /// Edge kinds in adjacency order. The proximity kinds (collaboration, partnership, agreement,
    /// membership) come first, so each organization's proximity edges are a prefix of its list.
    package static let edgeKindOrder: [Relationship.Kind] = [
        .collaboratedWith, .partnerOf, .partyToAgreement, .memberOf,
        .metWith, .hostedBy, .fundedBy, .partOf, .participatedIn, .coordinates, .serves, .referred,
    ]
    /// How many of ``edgeKindOrder`` count as proximity.
    package static let proximityKindCount: UInt8 = 4
    /// Set in ``edgeKinds`` when the organization is the edge's `from` end.
    package static let outgoingBit: UInt8 = 0x80

    // MARK: Organizations, by local index

    /// How many organizations (overlay: including deleted ones).
    package let count: Int
    /// The node of each local organization; empty in the base, where node = local index.
    package let nodes: [UInt32]
    package let flags: [Flags]
    package let kinds: [UInt32]
    package let languages: [UInt64]
    package let populations: [UInt64]
    package let sectors: [UInt64]
    /// Where it is, in degrees; NaN when unknown.
    package let lat: [Float]
    package let lon: [Float]
    /// Co-op fluency in [0, 1]: the level (none 0, some 0.5, expert 1) or its co-op clients / 20, whichever is higher.
    package let fluency: [Float]
    /// Beta(2, 2)-smoothed share of decided referrals that met the need (partly counts half).
    package let trackRecord: [Float]
    /// Where it is: location areas, else service areas.
    package let homeOffsets: [UInt32]
    package let homeValues: [UInt32]
    /// What it serves: service areas, else location areas.
    package let servedOffsets: [UInt32]
    package let servedValues: [UInt32]
    /// Its offerings are `offeringStart[i]..<offeringStart[i + 1]`.
    package let offeringStart: [UInt32]
    /// The distinct services of its open needs, ascending.
    package let needOffsets: [UInt32]
    package let needValues: [UInt16]
    /// Relationships in both directions, sorted by (kind order, target node); targets are nodes.
    package let edgeOffsets: [UInt32]
    package let edgeTargets: [UInt32]
    /// Index into ``edgeKindOrder``, with ``outgoingBit`` set for outgoing edges.
    package let edgeKinds: [UInt8]
    /// How many of its edges are proximity edges (the prefix of its list).
    package let proximityDegree: [UInt32]

    // MARK: Offerings, grouped by organization

    package let offeringOrg: [UInt32]
    package let offeringService: [UInt16]
    package let offeringCapacity: [UInt16]
    /// Referrals in progress for the offering's service.
    package let offeringLoad: [UInt16]
    package let offeringBits: [UInt8]
    /// The languages each offering is delivered in: its own, else its organization's.
    package let offeringLanguageMask: [UInt64]
    /// The areas offerings name themselves, in CSR form by offering (empty for an offering that
    /// names none, which serves its organization's served areas).
    package let explicitAreaOffsets: [UInt32]
    package let explicitAreaValues: [UInt32]

    // MARK: Posting lists, by service index

    /// Offerings of each service, ascending (so by organization).
    package let offeringPostingOffsets: [UInt32]
    package let offeringPostingValues: [UInt32]
    /// The same offerings by the areas they serve: for each service, (area, offering) pairs
    /// sorted by area, then offering, in CSR form. An offering appears once per area it serves.
    package let areaPostingOffsets: [UInt32]
    package let areaPostingAreas: [UInt32]
    package let areaPostingOfferings: [UInt32]
    /// The located offerings of each service, sorted by their organization's latitude, then
    /// offering, in CSR form: the candidates within a radius lie in one band of each list. Beside
    /// each, its organization's latitude and longitude as ticks (``latitudeTick(_:)``,
    /// ``longitudeTick(_:)``): the band is found by the first, and the second lets a scan pass
    /// over the band's far ones without reading them.
    package let latitudePostingOffsets: [UInt32]
    package let latitudePostingLatitudes: [UInt16]
    package let latitudePostingLongitudes: [UInt16]
    package let latitudePostingOfferings: [UInt32]
    /// Organizations with an open need for each service, ascending.
    package let needPostingOffsets: [UInt32]
    package let needPostingValues: [UInt32]

    /// Builds the columns of `records` (nil for a deleted organization) in local order. `nodes`
    /// maps local indexes to nodes (empty for identity).
    init<Records: RandomAccessCollection<MatchRecord?>>(records: Records, nodes: [UInt32], tables: MatchTables, reference: ReferenceColumns) where Records.Index == Int {
        let count = records.count
        self.count = count
        self.nodes = nodes
        let serviceCount = reference.serviceParent.count
        let kindRank = Dictionary(uniqueKeysWithValues: Self.edgeKindOrder.enumerated().map { ($1, UInt8($0)) })

        // Two independent passes over the records, one per core: the organizations' own columns,
        // and their offerings, needs and relationships. Each writes only its own variables.
        nonisolated(unsafe) var flags = [Flags](), kinds = [UInt32](), languages = [UInt64](), populations = [UInt64](), sectors = [UInt64]()
        nonisolated(unsafe) var lat = [Float](), lon = [Float](), fluency = [Float](), trackRecord = [Float]()
        nonisolated(unsafe) var homeOffsets: [UInt32] = [0], homeValues = [UInt32](), servedOffsets: [UInt32] = [0], servedValues = [UInt32]()
        nonisolated(unsafe) var offeringStart: [UInt32] = [0], needOffsets: [UInt32] = [0], needValues = [UInt16]()
        nonisolated(unsafe) var edgeOffsets: [UInt32] = [0], edgeTargets = [UInt32](), edgeKinds = [UInt8](), proximityDegree = [UInt32]()
        nonisolated(unsafe) var offeringOrg = [UInt32](), offeringService = [UInt16](), offeringCapacity = [UInt16](), offeringLoad = [UInt16](), offeringBits = [UInt8]()
        nonisolated(unsafe) var offeringLanguageMask = [UInt64](), explicitAreaOffsets: [UInt32] = [0], explicitAreaValues = [UInt32]()

        nonisolated(unsafe) let records = records
        @Sendable func organizationColumns() {
            flags.reserveCapacity(count); kinds.reserveCapacity(count); languages.reserveCapacity(count); populations.reserveCapacity(count)
            sectors.reserveCapacity(count); lat.reserveCapacity(count); lon.reserveCapacity(count); fluency.reserveCapacity(count)
            trackRecord.reserveCapacity(count); homeOffsets.reserveCapacity(count + 1); servedOffsets.reserveCapacity(count + 1)
            var scratch: [UInt32] = []
            for local in 0..<count {
                guard let record = records[local] else {
                    flags.append(.deleted); kinds.append(0); languages.append(0); populations.append(0); sectors.append(0)
                    lat.append(.nan); lon.append(.nan); fluency.append(0); trackRecord.append(0.5)
                    homeOffsets.append(UInt32(homeValues.count)); servedOffsets.append(UInt32(servedValues.count))
                    continue
                }
                let facts = record.facts
                var flag: Flags = []
                if facts.acceptsReferrals { flag.insert(.acceptsReferrals) }
                if !facts.languages.isEmpty { flag.insert(.hasLanguages) }
                if !facts.populations.isEmpty { flag.insert(.hasPopulations) }
                flags.append(flag)
                kinds.append(facts.kinds)
                languages.append(tables.languageMask(primaries: facts.languages))
                populations.append(tables.populationMask(facts.populations))
                sectors.append(tables.sectorMask(facts.sectors))

                let locationAreas = facts.locationAreas
                Self.appendAreas(locationAreas.isEmpty ? facts.serviceAreas : locationAreas, to: &homeValues, scratch: &scratch, reference: reference)
                homeOffsets.append(UInt32(homeValues.count))
                Self.appendAreas(facts.serviceAreas.isEmpty ? locationAreas : facts.serviceAreas, to: &servedValues, scratch: &scratch, reference: reference)
                servedOffsets.append(UInt32(servedValues.count))

                var point: (Float, Float)?
                if !facts.lat.isNaN {
                    point = (facts.lat, facts.lon)
                } else {
                    for area in locationAreas + facts.serviceAreas {
                        if let index = reference.areaIndex[area], let centroid = reference.centroid(of: index) {
                            point = centroid
                            break
                        }
                    }
                }
                lat.append(point?.0 ?? .nan)
                lon.append(point?.1 ?? .nan)

                fluency.append(facts.fluency)
                let counts = record.referrals
                trackRecord.append(Float((Double(counts.met) + 0.5 * Double(counts.partlyMet) + 2) / (Double(counts.decided) + 4)))
            }
        }

        @Sendable func linkColumns() {
            offeringStart.reserveCapacity(count + 1); needOffsets.reserveCapacity(count + 1); edgeOffsets.reserveCapacity(count + 1)
            proximityDegree.reserveCapacity(count)
            var scratch: [UInt32] = [], serviceScratch: [UInt16] = [], edgeScratch: [(key: UInt64, target: UInt32, kind: UInt8)] = []
            for local in 0..<count {
                guard let record = records[local] else {
                    proximityDegree.append(0)
                    offeringStart.append(UInt32(offeringOrg.count)); needOffsets.append(UInt32(needValues.count)); edgeOffsets.append(UInt32(edgeTargets.count))
                    continue
                }
                // Offerings.
                let firstOffering = offeringOrg.count
                for offering in record.offerings {
                    guard let service = reference.serviceIndex[offering.service] else { continue }
                    let facts = offering.facts
                    offeringOrg.append(UInt32(local))
                    offeringService.append(service)
                    offeringCapacity.append(facts.capacity)
                    offeringLoad.append(0)
                    var bits = facts.bits
                    if !facts.languages.isEmpty {
                        bits |= OfferingBit.explicitLanguages
                        offeringLanguageMask.append(tables.languageMask(primaries: facts.languages))
                    } else {
                        offeringLanguageMask.append(tables.languageMask(primaries: record.facts.languages))
                    }
                    if !facts.areas.isEmpty {
                        bits |= OfferingBit.explicitAreas
                        Self.appendAreas(facts.areas, to: &explicitAreaValues, scratch: &scratch, reference: reference)
                    }
                    explicitAreaOffsets.append(UInt32(explicitAreaValues.count))
                    offeringBits.append(bits)
                }
                // Open referrals load the offering of their service (or the nearest related one).
                for (code, open) in record.referrals.open {
                    guard let service = reference.serviceIndex[code] else { continue }
                    let range = firstOffering..<offeringOrg.count
                    let target = range.first { offeringService[$0] == service }
                        ?? range.first { reference.service(offeringService[$0], isWithin: service) || reference.service(service, isWithin: offeringService[$0]) }
                    if let target { offeringLoad[target] = UInt16(clamping: Int(offeringLoad[target]) + open) }
                }
                offeringStart.append(UInt32(offeringOrg.count))

                // Open needs.
                serviceScratch.removeAll(keepingCapacity: true)
                for need in record.openNeeds {
                    if let service = reference.serviceIndex[need] { serviceScratch.append(service) }
                }
                serviceScratch.sort()
                var previousService: UInt16?
                for service in serviceScratch where service != previousService {
                    needValues.append(service)
                    previousService = service
                }
                needOffsets.append(UInt32(needValues.count))

                // Relationships, from this organization's side.
                edgeScratch.removeAll(keepingCapacity: true)
                for edge in record.edges {
                    guard let rank = kindRank[edge.kind] else { continue }
                    let kind = rank | (edge.outgoing ? Self.outgoingBit : 0)
                    edgeScratch.append((UInt64(rank) << 40 | UInt64(edge.target) << 8 | UInt64(kind), edge.target, kind))
                }
                edgeScratch.sort { $0.key < $1.key }
                var proximity: UInt32 = 0
                for edge in edgeScratch {
                    edgeTargets.append(edge.target)
                    edgeKinds.append(edge.kind)
                    if edge.kind & ~Self.outgoingBit < Self.proximityKindCount { proximity += 1 }
                }
                proximityDegree.append(proximity)
                edgeOffsets.append(UInt32(edgeTargets.count))
            }
        }

        if count < 4096 {
            organizationColumns()
            linkColumns()
        } else {
            DispatchQueue.concurrentPerform(iterations: 2) { part in part == 0 ? organizationColumns() : linkColumns() }
        }

        // Posting lists by counting sort; offerings and organizations are visited in ascending order.
        var offeringPostingOffsets = [UInt32](repeating: 0, count: serviceCount + 1)
        for service in offeringService { offeringPostingOffsets[Int(service) + 1] += 1 }
        for index in 0..<serviceCount { offeringPostingOffsets[index + 1] += offeringPostingOffsets[index] }
        var cursor = offeringPostingOffsets
        var offeringPostingValues = [UInt32](repeating: 0, count: offeringService.count)
        for (offering, service) in offeringService.enumerated() {
            offeringPostingValues[Int(cursor[Int(service)])] = UInt32(offering)
            cursor[Int(service)] += 1
        }
        // The same postings by served area, and by latitude.
        var areaPostingOffsets: [UInt32] = [0], areaPostingAreas = [UInt32](), areaPostingOfferings = [UInt32]()
        var latitudePostingOffsets: [UInt32] = [0], latitudePostingLatitudes = [UInt16](), latitudePostingLongitudes = [UInt16](), latitudePostingOfferings = [UInt32]()
        var pairs: [(area: UInt32, offering: UInt32)] = [], located: [(lat: Float, offering: UInt32)] = []
        for service in 0..<serviceCount {
            pairs.removeAll(keepingCapacity: true)
            located.removeAll(keepingCapacity: true)
            for slot in Int(offeringPostingOffsets[service])..<Int(offeringPostingOffsets[service + 1]) {
                let offering = Int(offeringPostingValues[slot])
                let organization = Int(offeringOrg[offering])
                let explicit = offeringBits[offering] & OfferingBit.explicitAreas != 0
                let start = Int(explicit ? explicitAreaOffsets[offering] : servedOffsets[organization])
                let end = Int(explicit ? explicitAreaOffsets[offering + 1] : servedOffsets[organization + 1])
                for index in start..<end { pairs.append((explicit ? explicitAreaValues[index] : servedValues[index], UInt32(offering))) }
                if !lat[organization].isNaN { located.append((lat[organization], UInt32(offering))) }
            }
            pairs.sort { ($0.area, $0.offering) < ($1.area, $1.offering) }
            located.sort { ($0.lat, $0.offering) < ($1.lat, $1.offering) }
            for pair in pairs {
                areaPostingAreas.append(pair.area)
                areaPostingOfferings.append(pair.offering)
            }
            for item in located {
                latitudePostingLatitudes.append(Self.latitudeTick(item.lat))
                latitudePostingLongitudes.append(Self.longitudeTick(lon[Int(offeringOrg[Int(item.offering)])]))
                latitudePostingOfferings.append(item.offering)
            }
            areaPostingOffsets.append(UInt32(areaPostingAreas.count))
            latitudePostingOffsets.append(UInt32(latitudePostingOfferings.count))
        }

        var needPostingOffsets = [UInt32](repeating: 0, count: serviceCount + 1)
        for service in needValues { needPostingOffsets[Int(service) + 1] += 1 }
        for index in 0..<serviceCount { needPostingOffsets[index + 1] += needPostingOffsets[index] }
        cursor = needPostingOffsets
        var needPostingValues = [UInt32](repeating: 0, count: needValues.count)
        for local in 0..<count {
            for slot in Int(needOffsets[local])..<Int(needOffsets[local + 1]) {
                let service = Int(needValues[slot])
                needPostingValues[Int(cursor[service])] = UInt32(local)
                cursor[service] += 1
            }
        }

        self.flags = flags
        self.kinds = kinds
        self.languages = languages
        self.populations = populations
        self.sectors = sectors
        self.lat = lat
        self.lon = lon
        self.fluency = fluency
        self.trackRecord = trackRecord
        self.homeOffsets = homeOffsets
        self.homeValues = homeValues
        self.servedOffsets = servedOffsets
        self.servedValues = servedValues
        self.offeringStart = offeringStart
        self.needOffsets = needOffsets
        self.needValues = needValues
        self.edgeOffsets = edgeOffsets
        self.edgeTargets = edgeTargets
        self.edgeKinds = edgeKinds
        self.proximityDegree = proximityDegree
        self.offeringOrg = offeringOrg
        self.offeringService = offeringService
        self.offeringCapacity = offeringCapacity
        self.offeringLoad = offeringLoad
        self.offeringBits = offeringBits
        self.offeringLanguageMask = offeringLanguageMask
        self.explicitAreaOffsets = explicitAreaOffsets
        self.explicitAreaValues = explicitAreaValues
        self.offeringPostingOffsets = offeringPostingOffsets
        self.offeringPostingValues = offeringPostingValues
        self.areaPostingOffsets = areaPostingOffsets
        self.areaPostingAreas = areaPostingAreas
        self.areaPostingOfferings = areaPostingOfferings
        self.latitudePostingOffsets = latitudePostingOffsets
        self.latitudePostingLatitudes = latitudePostingLatitudes
        self.latitudePostingLongitudes = latitudePostingLongitudes
        self.latitudePostingOfferings = latitudePostingOfferings
        self.needPostingOffsets = needPostingOffsets
        self.needPostingValues = needPostingValues
    }

    /// Appends the dense indexes of `ids` to `values`, ascending and without repeats (unknown areas left out).
    private static func appendAreas(_ ids: [AreaID], to values: inout [UInt32], scratch: inout [UInt32], reference: ReferenceColumns) {
        scratch.removeAll(keepingCapacity: true)
        for id in ids { if let index = reference.areaIndex[id] { scratch.append(index) } }
        scratch.sort()
        var previous: UInt32?
        for index in scratch where index != previous {
            values.append(index)
            previous = index
        }
    }

    /// The node of local organization `local`.
    @inline(__always)
    package func node(_ local: Int) -> UInt32 { nodes.isEmpty ? UInt32(local) : nodes[local] }

    /// The tick of latitude `lat` (degrees, clamped to [-90, 90]): the one of 65,536 (each about
    /// 300 m) it lies in, counted northwards from -90. Ticks keep the order of latitudes.
    @inline(__always)
    package static func latitudeTick(_ lat: Float) -> UInt16 {
        guard !lat.isNaN else { return 0 }
        return UInt16(clamping: Int(((Double(lat) + 90) * (65_536 / 180)).rounded(.down)))
    }

    /// The width of a longitude tick in degrees: the circle in 65,536 ticks (about 600 m at the equator).
    package static let degreesPerLongitudeTick = 360.0 / 65_536

    /// The tick of longitude `lon` (degrees in [-180, 180]): the one it lies in, counted
    /// eastwards from -180. Two longitudes `n` ticks apart (around the circle) lie more than
    /// `(n - 1)` tick widths apart.
    @inline(__always)
    package static func longitudeTick(_ lon: Float) -> UInt16 {
        guard lon.isFinite else { return 0 }
        return UInt16(truncatingIfNeeded: Int(((Double(lon) + 180) / degreesPerLongitudeTick).rounded(.down)))
    }

    /// Where `value` is in the ascending `list`.
    @inline(__always)
    static func find(_ value: UInt32, in list: [UInt32]) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == value ? low : nil
    }

    /// The bytes the columns take (array payloads only): the matcher's share of the snapshot.
    package var byteCount: Int {
        func size<T>(_ array: [T]) -> Int { array.count * MemoryLayout<T>.stride }
        return size(nodes) + size(flags) + size(kinds) + size(languages) + size(populations) + size(sectors) + size(lat) + size(lon)
            + size(fluency) + size(trackRecord) + size(homeOffsets) + size(homeValues) + size(servedOffsets) + size(servedValues)
            + size(offeringStart) + size(needOffsets) + size(needValues) + size(edgeOffsets) + size(edgeTargets) + size(edgeKinds)
            + size(proximityDegree) + size(offeringOrg) + size(offeringService) + size(offeringCapacity) + size(offeringLoad)
            + size(offeringBits) + size(offeringLanguageMask) + size(explicitAreaOffsets) + size(explicitAreaValues) + size(offeringPostingOffsets) + size(offeringPostingValues)
            + size(areaPostingOffsets) + size(areaPostingAreas) + size(areaPostingOfferings) + size(latitudePostingOffsets)
            + size(latitudePostingLatitudes) + size(latitudePostingLongitudes) + size(latitudePostingOfferings)
            + size(needPostingOffsets) + size(needPostingValues)
    }
}
