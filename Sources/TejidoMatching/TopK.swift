/// A bounded heap that keeps the k best items seen: the worst of them at the root, so a new item
/// either replaces it or is dropped in O(log k), and nothing grows beyond k.
enum TopK {
    /// Offers `item` to `heap`, which holds at most `limit` items.
    @inline(__always)
    static func offer(_ item: Ranked, to heap: inout [Ranked], limit: Int, better: (Ranked, Ranked) -> Bool) {
        if heap.count < limit {
            heap.append(item)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard better(heap[parent], heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
        } else if limit > 0, better(item, heap[0]) {
            heap[0] = item
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var worst = parent
                if left < heap.count, better(heap[worst], heap[left]) { worst = left }
                if right < heap.count, better(heap[worst], heap[right]) { worst = right }
                if worst == parent { break }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// The heap's items, best first.
    static func ordered(_ heap: [Ranked], better: (Ranked, Ranked) -> Bool) -> [Ranked] {
        heap.sorted(by: better)
    }
}
