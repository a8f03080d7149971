import Foundation

/// Buffers one query works in, sized to the directory's nodes and reused from query to query so
/// the hot paths allocate nothing per candidate: epoch stamps instead of clearing, the top-k
/// heap, and the push and breadth-first-search state of the graph features. Node-sized buffers
/// are raw memory held in `let`s: no copy-on-write or exclusivity checks on the hot paths.
final class MatchScratch {
    let nodeCount: Int

    /// Candidate marks, two bytes per node so a visit reads one: the high byte is the epoch of the
    /// query that met the node (``isSeen(_:)``), the low byte how it fared (``state(of:)``).
    /// Epochs run 1…255; the marks are cleared when they wrap.
    private(set) var epoch: UInt8 = 0
    let marks: UnsafeMutableBufferPointer<UInt16>
    /// The organizations met in this query, in the order met: `candidateBuffer[0..<candidateCount.pointee]`.
    let candidateBuffer: UnsafeMutableBufferPointer<UInt32>
    let candidateCount: UnsafeMutablePointer<Int>
    var heap: [Ranked] = []
    /// Candidate offerings the area index let a referral query skip: they fail the area filter.
    var skippedByArea = 0
    /// A sum of values the scan loads ahead of use, kept only so the loads are not optimized away.
    var prefetched: UInt64 = 0

    /// Forward push: each node's state in one record (one cache line per visit), the nodes
    /// touched, the FIFO queue.
    let push: UnsafeMutableBufferPointer<PushState>
    /// One bit per node, set while the push has touched it: the scan reads an untouched node's
    /// proximity (0) from this small bitmap instead of the node-sized push states.
    let pushTouched: UnsafeMutableBufferPointer<UInt64>
    var touched: [UInt32] = []
    var queue: [UInt32] = []

    /// Marks of an organization's neighbours (for proximity paths and existing partners).
    var searchEpoch: UInt32 = 0
    let searchSeen: UnsafeMutableBufferPointer<UInt32>

    /// Partner accumulators, allocated by the first partner query.
    private var partnerBuffers: PartnerBuffers?
    /// A second stamp, advanced per need or service, so a candidate counts once per item.
    var itemEpoch: UInt32 = 0

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        marks = .allocate(zeroed: nodeCount)
        candidateBuffer = .allocate(zeroed: nodeCount)
        candidateCount = .allocate(capacity: 1)
        candidateCount.initialize(to: 0)
        push = .allocate(zeroed: nodeCount)
        pushTouched = .allocate(zeroed: (nodeCount + 63) / 64)
        searchSeen = .allocate(zeroed: nodeCount)
    }

    deinit {
        marks.deallocate()
        candidateBuffer.deallocate()
        candidateCount.deallocate()
        push.deallocate()
        pushTouched.deallocate()
        searchSeen.deallocate()
    }

    /// The organizations met in this query, in the order met.
    var candidates: Slice<UnsafeMutableBufferPointer<UInt32>> { candidateBuffer[0..<candidateCount.pointee] }

    /// Whether the push touched `node`.
    @inline(__always)
    func isPushTouched(_ node: Int) -> Bool { pushTouched[node >> 6] & (1 << UInt64(node & 63)) != 0 }

    /// Records that the push touched `node`.
    @inline(__always)
    func markPushTouched(_ node: Int) { pushTouched[node >> 6] |= 1 << UInt64(node & 63) }

    /// Whether `node` was met in this query.
    @inline(__always)
    func isSeen(_ node: Int) -> Bool { marks[node] >> 8 == UInt16(epoch) }

    /// How `node` fared in this query; valid when ``isSeen(_:)``.
    @inline(__always)
    func state(of node: Int) -> UInt8 { UInt8(truncatingIfNeeded: marks[node]) }

    /// Marks `node` as met in this query, with `state`.
    @inline(__always)
    func mark(_ node: Int, state: UInt8) { marks[node] = UInt16(epoch) << 8 | UInt16(state) }

    /// Records `node` as met; each node is added once per query (the caller checks ``isSeen(_:)``).
    @inline(__always)
    func addCandidate(_ node: UInt32) {
        candidateBuffer[candidateCount.pointee] = node
        candidateCount.pointee += 1
    }

    /// The partner accumulators.
    var partners: PartnerBuffers {
        if let partnerBuffers { return partnerBuffers }
        let buffers = PartnerBuffers(nodeCount: nodeCount)
        partnerBuffers = buffers
        return buffers
    }

    /// Starts a query: a fresh epoch, empty lists.
    func begin() {
        if epoch == .max {
            UnsafeMutableRawBufferPointer(marks).initializeMemory(as: UInt8.self, repeating: 0)
            epoch = 0
        }
        epoch += 1
        candidateCount.pointee = 0
        skippedByArea = 0
        heap.removeAll(keepingCapacity: true)
    }

    /// A fresh stamp for one need or service of a partner query.
    func nextItem() -> UInt32 {
        let tallies = partners.tallies
        if itemEpoch == .max {
            for index in tallies.indices { tallies[index].item = 0 }
            itemEpoch = 0
        }
        itemEpoch += 1
        return itemEpoch
    }

    /// A fresh stamp for marking neighbours.
    func nextSearch() -> UInt32 {
        if searchEpoch == .max {
            for index in searchSeen.indices { searchSeen[index] = 0 }
            searchEpoch = 0
        }
        searchEpoch += 1
        return searchEpoch
    }

    /// Clears what the last push wrote, touching only the nodes it touched.
    func clearPush() {
        for node in touched {
            push[Int(node)] = PushState()
            pushTouched[Int(node) >> 6] = 0
        }
        touched.removeAll(keepingCapacity: true)
        queue.removeAll(keepingCapacity: true)
    }
}

/// One node's forward-push state, all zero until the push touches it.
struct PushState {
    /// The mass settled on the node.
    var estimate: Float = 0
    /// The mass waiting to be pushed from it.
    var residual: Float = 0
    /// `rMax` × its proximity degree, set when the push first touches it: above this residual it is pushed.
    var threshold: Float = 0
    var queued = false
}

/// One candidate's partner accumulators, in one record so that counting it touches one cache line.
struct PartnerTally {
    /// Needs of the organization it offers (related codes at half credit).
    var receive: Float = 0
    /// Its needs the organization offers (related codes at half credit).
    var give: Float = 0
    /// The Adamic–Adar sum over shared proximity neighbours.
    var adamicAdar: Float = 0
    /// The stamp of the last need, service or neighbour that counted it, so each counts it once.
    var item: UInt32 = 0
    /// Services both offer, and needs both have.
    var sharedOffered: UInt16 = 0
    var sharedNeeded: UInt16 = 0
}

/// The per-node accumulators of a partner query.
final class PartnerBuffers {
    let tallies: UnsafeMutableBufferPointer<PartnerTally>

    init(nodeCount: Int) { tallies = .allocate(zeroed: nodeCount) }

    deinit { tallies.deallocate() }
}

extension UnsafeMutableBufferPointer where Element: BitwiseCopyable {
    /// `count` elements, every byte zero.
    static func allocate(zeroed count: Int) -> Self {
        let buffer = Self.allocate(capacity: Swift.max(1, count))
        UnsafeMutableRawBufferPointer(buffer).initializeMemory(as: UInt8.self, repeating: 0)
        return Self(rebasing: buffer[0..<count])
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
