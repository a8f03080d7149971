import TejidoDirectory
import TejidoModel

/// Shortest paths from the client over proximity edges, found by one breadth-first search of at
/// most three steps, run only when an answer has suggestions to explain. Each step of a path
/// knows its edge kind and direction, so a reason can say "worked with X, who worked with you".
struct ProximityPaths {
    static let maxDepth: UInt8 = 3
    static let maxVisited = 50_000

    /// One step from a node towards the client.
    struct Step {
        /// The node stepped to.
        let node: UInt32
        let kind: Relationship.Kind
        /// Whether the edge runs from the node stepped from to the node stepped to.
        let outgoing: Bool
    }

    let matcher: Matcher
    let source: UInt32
    let scratch: MatchScratch
    let stamp: UInt32

    init(matcher: Matcher, source: UInt32, scratch: MatchScratch) {
        self.matcher = matcher
        self.source = source
        self.scratch = scratch
        stamp = scratch.nextSearch()
        scratch.searchSeen[Int(source)] = stamp
        scratch.searchDepth[Int(source)] = 0
        scratch.searchQueue.append(source)
        var head = 0
        search: while head < scratch.searchQueue.count {
            let node = scratch.searchQueue[head]
            head += 1
            let depth = scratch.searchDepth[Int(node)]
            guard depth < Self.maxDepth else { continue }
            let (columns, local) = matcher.directory.columns(of: node)
            let start = Int(columns.edgeOffsets[local])
            for slot in start..<(start + Int(columns.proximityDegree[local])) {
                let next = columns.edgeTargets[slot]
                guard scratch.searchSeen[Int(next)] != stamp else { continue }
                scratch.searchSeen[Int(next)] = stamp
                scratch.searchParent[Int(next)] = node
                scratch.searchDepth[Int(next)] = depth + 1
                scratch.searchQueue.append(next)
                if scratch.searchQueue.count >= Self.maxVisited { break search }
            }
        }
    }

    /// The steps from `node` to the client (the last step reaches the client), or nil when the
    /// client is more than three steps away.
    func path(to node: UInt32) -> [Step]? {
        guard node != source, scratch.searchSeen[Int(node)] == stamp else { return nil }
        var steps: [Step] = []
        var current = node
        while current != source {
            let parent = scratch.searchParent[Int(current)]
            guard let edge = edge(from: current, to: parent) else { return nil }
            steps.append(Step(node: parent, kind: edge.kind, outgoing: edge.outgoing))
            current = parent
        }
        return steps
    }

    /// The first proximity edge from `a` to `b` in adjacency order.
    private func edge(from a: UInt32, to b: UInt32) -> (kind: Relationship.Kind, outgoing: Bool)? {
        let (columns, local) = matcher.directory.columns(of: a)
        let start = Int(columns.edgeOffsets[local])
        for slot in start..<(start + Int(columns.proximityDegree[local])) where columns.edgeTargets[slot] == b {
            let code = columns.edgeKinds[slot]
            return (MatchColumns.edgeKindOrder[Int(code & ~MatchColumns.outgoingBit)], code & MatchColumns.outgoingBit != 0)
        }
        return nil
    }
}
