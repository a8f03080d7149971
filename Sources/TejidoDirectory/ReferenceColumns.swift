import TejidoModel

/// The taxonomy and the area tree under dense indexes, for the hot paths: each service's parent,
/// each area's parent and centroid. Services are indexed in code order and areas in id order,
/// the same order as ``Taxonomy/services`` and ``AreaTree/areas``.
package struct ReferenceColumns: Sendable {
    package let serviceIndex: [ServiceCode: UInt16]
    /// The parent of each service, or -1 for a root.
    package let serviceParent: [Int32]
    package let areaIndex: [AreaID: UInt32]
    /// The parent of each area, or -1 for a root.
    package let areaParent: [Int32]
    /// Each area's centroid, or NaN when it has none.
    package let areaLat: [Float]
    package let areaLon: [Float]

    init(taxonomy: Taxonomy, areas: AreaTree) {
        let serviceIndex = Dictionary(uniqueKeysWithValues: taxonomy.services.enumerated().map { ($1.code, UInt16($0)) })
        self.serviceIndex = serviceIndex
        serviceParent = taxonomy.services.map { service in (service.parent ?? service.code.parent).flatMap { serviceIndex[$0] }.map(Int32.init) ?? -1 }
        let areaIndex = Dictionary(uniqueKeysWithValues: areas.areas.enumerated().map { ($1.id, UInt32($0)) })
        self.areaIndex = areaIndex
        areaParent = areas.areas.map { area in area.parent.flatMap { areaIndex[$0] }.map(Int32.init) ?? -1 }
        areaLat = areas.areas.map { $0.centroid.map { Float($0.lat) } ?? .nan }
        areaLon = areas.areas.map { $0.centroid.map { Float($0.lon) } ?? .nan }
    }

    /// The centroid of `area` or of the nearest area above it that has one.
    func centroid(of area: UInt32) -> (Float, Float)? {
        var current = Int32(area)
        var steps = 0
        while current >= 0 && steps < 64 {
            if !areaLat[Int(current)].isNaN { return (areaLat[Int(current)], areaLon[Int(current)]) }
            current = areaParent[Int(current)]
            steps += 1
        }
        return nil
    }

    /// Whether area `inner` is `outer` or lies inside it.
    package func area(_ inner: UInt32, isWithin outer: UInt32) -> Bool {
        var current = Int32(inner)
        var steps = 0
        while current >= 0 && steps < 64 {
            if UInt32(current) == outer { return true }
            current = areaParent[Int(current)]
            steps += 1
        }
        return false
    }

    /// Whether service `inner` is `outer` or lies below it.
    package func service(_ inner: UInt16, isWithin outer: UInt16) -> Bool {
        var current = Int32(inner)
        var steps = 0
        while current >= 0 && steps < 64 {
            if UInt16(current) == outer { return true }
            current = serviceParent[Int(current)]
            steps += 1
        }
        return false
    }
}
