import TejidoDirectory
import TejidoModel

/// Shortest paths of at most three steps from a suggested provider to the client over proximity
/// edges, found from both ends for the few suggestions an answer explains: the client's
/// neighbours are marked once, then each provider looks through its own neighbours (two steps)
/// and their neighbours (three). The work depends on the suggestions' neighbourhoods, not on how
/// far a search from the client would spread. Each step knows its edge kind and direction, so a
/// reason can say "worked with X, who worked with you".
struct ProximityPaths {
    /// One step from a node towards the client.
    struct Step {
        /// The node stepped to.
        let node: UInt32
        let kind: Relationship.Kind
        /// Whether the edge runs from the node stepped from to the node stepped to.
        let outgoing: Bool
    }

    let source: UInt32
    let scratch: MatchScratch
    let stamp: UInt32
    /// The columns, held once so that looking up a node's edges copies nothing.
    let base: MatchColumns
    let overlay: MatchOverlay

    init(matcher: Matcher, source: UInt32, scratch: MatchScratch) {
        base = matcher.directory.baseColumns
        overlay = matcher.directory.overlayView
        self.source = source
        self.scratch = scratch
        stamp = scratch.nextSearch()
        for neighbour in neighbours(of: source) { scratch.searchSeen[Int(neighbour)] = stamp }
    }

    /// The steps from `node` to the client (the last step reaches the client), or nil when the
    /// client is more than three steps away. Among paths of the same length, the first in
    /// adjacency order (edge kind, then node) wins, so the answer is deterministic.
    func path(to node: UInt32) -> [Step]? {
        guard node != source else { return nil }
        let first = neighbours(of: node)
        if first.contains(source) { return steps([node, source]) }
        for middle in first where isClientNeighbour(middle) { return steps([node, middle, source]) }
        for middle in first {
            for far in neighbours(of: middle) where far != node && isClientNeighbour(far) {
                return steps([node, middle, far, source])
            }
        }
        return nil
    }

    private func isClientNeighbour(_ node: UInt32) -> Bool { scratch.searchSeen[Int(node)] == stamp }

    /// The steps along `nodes`, each with the edge that joins it to the next.
    private func steps(_ nodes: [UInt32]) -> [Step]? {
        var steps: [Step] = []
        for index in 0..<(nodes.count - 1) {
            guard let edge = edge(from: nodes[index], to: nodes[index + 1]) else { return nil }
            steps.append(Step(node: nodes[index + 1], kind: edge.kind, outgoing: edge.outgoing))
        }
        return steps
    }

    /// The proximity neighbours of `node`, in adjacency order.
    private func neighbours(of node: UInt32) -> ArraySlice<UInt32> {
        if let local = overlay.local(node) { return Self.proximity(of: local, in: overlay.columns) }
        return Self.proximity(of: Int(node), in: base)
    }

    private static func proximity(of local: Int, in columns: MatchColumns) -> ArraySlice<UInt32> {
        let start = Int(columns.edgeOffsets[local])
        return columns.edgeTargets[start..<(start + Int(columns.proximityDegree[local]))]
    }

    /// The first proximity edge from `a` to `b` in adjacency order.
    private func edge(from a: UInt32, to b: UInt32) -> (kind: Relationship.Kind, outgoing: Bool)? {
        if let local = overlay.local(a) { return Self.edge(from: local, to: b, in: overlay.columns) }
        return Self.edge(from: Int(a), to: b, in: base)
    }

    private static func edge(from local: Int, to b: UInt32, in columns: MatchColumns) -> (kind: Relationship.Kind, outgoing: Bool)? {
        let start = Int(columns.edgeOffsets[local])
        for slot in start..<(start + Int(columns.proximityDegree[local])) where columns.edgeTargets[slot] == b {
            let code = columns.edgeKinds[slot]
            return (MatchColumns.edgeKindOrder[Int(code & ~MatchColumns.outgoingBit)], code & MatchColumns.outgoingBit != 0)
        }
        return nil
    }
}
