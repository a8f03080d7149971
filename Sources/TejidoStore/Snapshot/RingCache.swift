/// A bounded map from base positions to values, evicting the oldest insertion first: the cold
/// side's cache of records read from the store. Not synchronized; its owner locks around it.
struct RingCache<Value> {
    let capacity: Int
    private var values: [Int: Value] = [:]
    private var order: [Int] = []
    private var next = 0

    init(capacity: Int) { self.capacity = capacity }

    subscript(position: Int) -> Value? { values[position] }

    /// Keeps `value` for `position`, evicting the oldest when full; a position already kept keeps its value.
    mutating func insert(_ value: Value, at position: Int) {
        guard values[position] == nil else { return }
        if order.count < capacity {
            order.append(position)
        } else {
            values[order[next]] = nil
            order[next] = position
            next = (next + 1) % capacity
        }
        values[position] = value
    }
}
