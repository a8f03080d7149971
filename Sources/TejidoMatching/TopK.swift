import TejidoDirectory

/// A bounded heap that keeps the k best items seen: the worst of them at the root, so a new item
/// either replaces it or is dropped in O(log k), and nothing grows beyond k. Better means a higher
/// score, then a lower id.
enum TopK {
    /// Whether `a` ranks above `b`.
    @inline(__always)
    static func better(_ a: Ranked, _ b: Ranked, _ order: IDOrder) -> Bool {
        a.score != b.score ? a.score > b.score : order.precedes(a.node, b.node)
    }

    /// Offers `item` to `heap`, which holds at most `limit` items.
    @inline(__always)
    static func offer(_ item: Ranked, to heap: inout [Ranked], limit: Int, order: IDOrder) {
        if heap.count < limit {
            heap.append(item)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard better(heap[parent], heap[child], order) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
        } else if limit > 0, better(item, heap[0], order) {
            heap[0] = item
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var worst = parent
                if left < heap.count, better(heap[worst], heap[left], order) { worst = left }
                if right < heap.count, better(heap[worst], heap[right], order) { worst = right }
                if worst == parent { break }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// Whether an item of `node` scoring at most `score` could enter `heap`, which is full:
    /// only by beating its worst item, on score or, at an equal score, on id.
    @inline(__always)
    static func canEnter(score: Int64, node: UInt32, heap: [Ranked], order: IDOrder) -> Bool {
        let worst = heap[0]
        return score > worst.score || (score == worst.score && order.precedes(node, worst.node))
    }

    /// The heap's items, best first.
    static func ordered(_ heap: [Ranked], order: IDOrder) -> [Ranked] {
        heap.sorted { better($0, $1, order) }
    }
}
