import Foundation

/// Buffers one query works in, sized to the directory's nodes and reused from query to query so
/// the hot paths allocate nothing per candidate: epoch stamps instead of clearing, the top-k
/// heap, and the push and breadth-first-search state of the graph features.
final class MatchScratch {
    let nodeCount: Int

    /// Candidate marks: `seen[node] == epoch` when the node was met in this query, and `state` says how it fared.
    private(set) var epoch: UInt32 = 0
    var seen: [UInt32]
    var state: [UInt8]
    var candidates: [UInt32] = []
    /// New referral candidates first met in each service tier.
    var tierCounts = [0, 0, 0, 0]
    var heap: [Ranked] = []

    /// Forward push: estimate and residual per node, the nodes touched, the FIFO queue.
    var estimate: [Float]
    var residual: [Float]
    var queued: [Bool]
    var touched: [UInt32] = []
    var queue: [UInt32] = []

    /// Breadth-first search from the client, for proximity paths.
    var searchEpoch: UInt32 = 0
    var searchSeen: [UInt32]
    var searchParent: [UInt32]
    var searchDepth: [UInt8]
    var searchQueue: [UInt32] = []

    /// Partner accumulators, per node.
    lazy var receive = [Float](repeating: 0, count: nodeCount)
    lazy var give = [Float](repeating: 0, count: nodeCount)
    lazy var sharedOffered = [UInt16](repeating: 0, count: nodeCount)
    lazy var sharedNeeded = [UInt16](repeating: 0, count: nodeCount)
    lazy var adamicAdar = [Float](repeating: 0, count: nodeCount)
    /// A second stamp, advanced per need or service, so a candidate counts once per item.
    var itemEpoch: UInt32 = 0
    lazy var itemSeen = [UInt32](repeating: 0, count: nodeCount)
    var partnerHeap: [Ranked] = []

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        seen = [UInt32](repeating: 0, count: nodeCount)
        state = [UInt8](repeating: 0, count: nodeCount)
        estimate = [Float](repeating: 0, count: nodeCount)
        residual = [Float](repeating: 0, count: nodeCount)
        queued = [Bool](repeating: false, count: nodeCount)
        searchSeen = [UInt32](repeating: 0, count: nodeCount)
        searchParent = [UInt32](repeating: 0, count: nodeCount)
        searchDepth = [UInt8](repeating: 0, count: nodeCount)
    }

    /// Starts a query: a fresh epoch, empty lists.
    func begin() {
        if epoch == .max {
            for index in seen.indices { seen[index] = 0 }
            epoch = 0
        }
        epoch += 1
        candidates.removeAll(keepingCapacity: true)
        tierCounts = [0, 0, 0, 0]
        heap.removeAll(keepingCapacity: true)
    }

    /// A fresh stamp for one need or service of a partner query.
    func nextItem() -> UInt32 {
        if itemEpoch == .max {
            for index in itemSeen.indices { itemSeen[index] = 0 }
            itemEpoch = 0
        }
        itemEpoch += 1
        return itemEpoch
    }

    /// A fresh stamp for one breadth-first search.
    func nextSearch() -> UInt32 {
        if searchEpoch == .max {
            for index in searchSeen.indices { searchSeen[index] = 0 }
            searchEpoch = 0
        }
        searchEpoch += 1
        searchQueue.removeAll(keepingCapacity: true)
        return searchEpoch
    }

    /// Clears what the last push wrote, touching only the nodes it touched.
    func clearPush() {
        for node in touched {
            estimate[Int(node)] = 0
            residual[Int(node)] = 0
            queued[Int(node)] = false
        }
        touched.removeAll(keepingCapacity: true)
        queue.removeAll(keepingCapacity: true)
    }
}

/// A scored candidate in a top-k heap.
struct Ranked {
    var score: Int64
    var node: UInt32
    /// The offering (referrals) in the base or overlay columns; unused for partners.
    var offering: UInt32
    var inOverlay: Bool
    /// Service tier for referrals (0 exact … 3 sibling).
    var tier: UInt8
}

/// Scratch buffers for concurrent queries: each query takes one and gives it back.
final class ScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [MatchScratch] = []
    let nodeCount: Int

    init(nodeCount: Int) { self.nodeCount = nodeCount }

    func withScratch<T>(_ body: (MatchScratch) throws -> T) rethrows -> T {
        lock.lock()
        let scratch = free.popLast() ?? MatchScratch(nodeCount: nodeCount)
        lock.unlock()
        defer {
            lock.lock()
            free.append(scratch)
            lock.unlock()
        }
        return try body(scratch)
    }
}
