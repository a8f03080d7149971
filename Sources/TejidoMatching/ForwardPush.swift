import TejidoDirectory

/// Personalized PageRank from one organization by forward push (Andersen, Chung and Lang): mass
/// starts at the source; a node whose residual exceeds `rMax` × its degree keeps `alpha` of it and
/// spreads the rest evenly over its proximity edges (collaboration, partnership, agreement,
/// membership). The work depends on the neighbourhood reached, not on the directory's size.
struct ForwardPush {
    static let alpha: Float = 0.15
    static let rMax: Float = 1e-4
    /// A guard against pathological graphs; far above what r_max 1e-4 needs.
    static let maxPushes = 2_000_000

    let directory: Directory

    /// Runs the push from `source` into the scratch's `estimate` and `residual`; returns the
    /// factor that maps a node's mass to proximity (1 for a direct neighbour), or 0 when the
    /// source has no proximity edges.
    func run(from source: UInt32, scratch: MatchScratch) -> Float {
        let base = directory.baseColumns
        let overlay = directory.overlayView
        let hasOverlay = !overlay.columns.nodes.isEmpty

        @inline(__always) func adjacency(_ node: UInt32) -> (overlay: Bool, start: Int, degree: Int) {
            if hasOverlay, let local = overlay.local(node) {
                return (true, Int(overlay.columns.edgeOffsets[local]), Int(overlay.columns.proximityDegree[local]))
            }
            return (false, Int(base.edgeOffsets[Int(node)]), Int(base.proximityDegree[Int(node)]))
        }

        let sourceDegree = adjacency(source).degree
        guard sourceDegree > 0 else { return 0 }
        let alpha = Self.alpha, rMax = Self.rMax
        scratch.residual[Int(source)] = 1
        scratch.touched.append(source)
        scratch.queue.append(source)
        scratch.queued[Int(source)] = true
        var head = 0
        var pushes = 0
        while head < scratch.queue.count && pushes < Self.maxPushes {
            let node = scratch.queue[head]
            head += 1
            scratch.queued[Int(node)] = false
            let (inOverlay, start, degree) = adjacency(node)
            let mass = scratch.residual[Int(node)]
            guard degree > 0, mass > rMax * Float(degree) else { continue }
            pushes += 1
            scratch.estimate[Int(node)] += alpha * mass
            scratch.residual[Int(node)] = 0
            let share = (1 - alpha) * mass / Float(degree)
            let targets = inOverlay ? overlay.columns.edgeTargets : base.edgeTargets
            for slot in start..<(start + degree) {
                let neighbour = targets[slot]
                let index = Int(neighbour)
                if scratch.residual[index] == 0 && scratch.estimate[index] == 0 && !scratch.queued[index] { scratch.touched.append(neighbour) }
                scratch.residual[index] += share
                if !scratch.queued[index] && scratch.residual[index] > rMax * Float(adjacency(neighbour).degree) {
                    scratch.queued[index] = true
                    scratch.queue.append(neighbour)
                }
            }
        }
        return Float(sourceDegree) / (alpha * (1 - alpha))
    }

    /// The proximity of `node` in [0, 1]: its settled mass plus the share its residual would
    /// settle on the next push, scaled so a direct neighbour of the source scores 1.
    @inline(__always)
    static func proximity(_ node: UInt32, scratch: MatchScratch, factor: Float) -> Double {
        guard factor > 0 else { return 0 }
        let mass = scratch.estimate[Int(node)] + alpha * scratch.residual[Int(node)]
        return Double(min(1, mass * factor))
    }
}
