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

    /// Runs the push from `source` into the scratch's `push` states (and `pushTouched` bits); returns the factor that maps
    /// a node's mass to proximity (1 for a direct neighbour), or 0 when the source has no
    /// proximity edges.
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
        let push = scratch.push
        // The queue and the touched list, held locally for the loop (their buffers go back to the scratch after).
        var queue: [UInt32] = [], touched: [UInt32] = []
        swap(&queue, &scratch.queue)
        swap(&touched, &scratch.touched)
        defer {
            swap(&queue, &scratch.queue)
            swap(&touched, &scratch.touched)
        }
        push[Int(source)] = PushState(estimate: 0, residual: 1, threshold: rMax * Float(sourceDegree), queued: true)
        scratch.markPushTouched(Int(source))
        touched.append(source)
        queue.append(source)
        var head = 0
        var pushes = 0
        while head < queue.count && pushes < Self.maxPushes {
            let node = queue[head]
            head += 1
            push[Int(node)].queued = false
            let (inOverlay, start, degree) = adjacency(node)
            let mass = push[Int(node)].residual
            guard degree > 0, mass > rMax * Float(degree) else { continue }
            pushes += 1
            push[Int(node)].estimate += alpha * mass
            push[Int(node)].residual = 0
            let share = (1 - alpha) * mass / Float(degree)
            let targets = inOverlay ? overlay.columns.edgeTargets : base.edgeTargets
            for slot in start..<(start + degree) {
                let neighbour = targets[slot]
                let index = Int(neighbour)
                if !scratch.isPushTouched(index) {
                    scratch.markPushTouched(index)
                    push[index].threshold = rMax * Float(adjacency(neighbour).degree)
                    touched.append(neighbour)
                }
                push[index].residual += share
                if !push[index].queued && push[index].residual > push[index].threshold {
                    push[index].queued = true
                    queue.append(neighbour)
                }
            }
        }
        return Float(sourceDegree) / (alpha * (1 - alpha))
    }

    /// The proximity of `node` in [0, 1]: its settled mass plus the share its residual would
    /// settle on the next push, scaled so a direct neighbour of the source scores 1.
    @inline(__always)
    static func proximity(_ node: UInt32, scratch: MatchScratch, factor: Float) -> Double {
        guard factor > 0, scratch.isPushTouched(Int(node)) else { return 0 }
        let state = scratch.push[Int(node)]
        let mass = state.estimate + alpha * state.residual
        return Double(min(1, mass * factor))
    }
}
