import TejidoDirectory

/// Organization id → position, for resolving millions of foreign keys while a snapshot is read:
/// open addressing over the ids' order keys (random bits already), one probe sequence per lookup
/// and no hashing of strings.
struct PositionTable: Sendable {
    private var highs: [UInt64]
    private var lows: [UInt64]
    /// Position + 1; 0 marks an empty slot.
    private var slots: [UInt32]
    private let shift: UInt64

    /// The table of `keys`, each at its index.
    init(_ keys: [OrderKey]) {
        var bits: UInt64 = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        shift = 64 - bits
        let capacity = 1 << Int(bits)
        highs = [UInt64](repeating: 0, count: capacity)
        lows = [UInt64](repeating: 0, count: capacity)
        slots = [UInt32](repeating: 0, count: capacity)
        for (position, key) in keys.enumerated() {
            var slot = slot(of: key)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            highs[slot] = key.high
            lows[slot] = key.low
            slots[slot] = UInt32(position + 1)
        }
    }

    @inline(__always)
    private func slot(of key: OrderKey) -> Int { Int(truncatingIfNeeded: ((key.high ^ key.low) &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The position of `key`, if it is one of the table's.
    @inline(__always)
    func position(_ key: OrderKey) -> UInt32? {
        let mask = slots.count - 1
        var slot = slot(of: key)
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if highs[slot] == key.high && lows[slot] == key.low { return value - 1 }
            slot = (slot + 1) & mask
        }
    }
}
