import Foundation

/// The ids a bulk write has seen, each with the line it came on: an open-addressing hash table
/// over the ids' 16 bytes, probed linearly. A million-organization import looks ids up some
/// fifteen million times (every relationship names two organizations, every referral three, and
/// every id is checked for repeats); a `Dictionary` hashes each with a seeded SipHash and keeps
/// keys and values apart, which took more of the writing thread than SQLite's own inserts of
/// those rows. Ids are mostly random (version 4 or name-based), and those that are not (time-based
/// versions 1, 6 and 7) still differ in their low bytes, so a multiplicative hash of the two
/// halves spreads them.
///
/// Slots hold the id as two words; the all-zero id (the nil UUID) marks an empty slot, so that
/// one id is kept beside the table. Lines are kept apart from the keys: a lookup that only asks
/// whether an id is there never touches them.
struct UUIDLineTable {
    /// Two words per slot (the id's first and last eight bytes); `0, 0` is empty.
    private var words: [UInt64]
    private var lines: [UInt32]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0
    /// The line of the nil UUID, which cannot be stored in a slot.
    private var nilLine: UInt32?

    /// A table that grows by doubling once it is more than this full.
    private static let maxLoad = 0.7

    /// A table that holds `capacity` ids before it first grows.
    init(capacity: Int = 1024) {
        var slots = 16
        while Double(capacity) > Double(slots) * Self.maxLoad { slots <<= 1 }
        self.init(slots: slots)
    }

    /// An empty table of `slots` slots, a power of two.
    private init(slots: Int) {
        words = Array(repeating: 0, count: slots * 2)
        lines = Array(repeating: 0, count: slots)
        mask = slots - 1
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    /// Forgets every id and gives back the memory.
    mutating func removeAll() { self = UUIDLineTable(capacity: 0) }

    /// The line stored for `id`, if it is there.
    func line(of id: UUID) -> UInt32? {
        let (high, low) = Self.halves(id)
        if high == 0, low == 0 { return nilLine }
        guard let slot = find(high, low).found else { return nil }
        return lines[slot]
    }

    func contains(_ id: UUID) -> Bool { line(of: id) != nil }

    /// Stores `line` for `id`, replacing any line stored before, and returns that earlier line.
    @discardableResult
    mutating func updateLine(_ line: UInt32, for id: UUID) -> UInt32? { store(line, for: id, replacing: true) }

    /// Stores `line` for `id` unless a line is stored for it already, and returns that line.
    mutating func insertLine(_ line: UInt32, for id: UUID) -> UInt32? { store(line, for: id, replacing: false) }

    private mutating func store(_ line: UInt32, for id: UUID, replacing: Bool) -> UInt32? {
        let (high, low) = Self.halves(id)
        if high == 0, low == 0 {
            let earlier = nilLine
            if earlier == nil { count += 1 }
            if earlier == nil || replacing { nilLine = line }
            return earlier
        }
        let probe = find(high, low)
        if let slot = probe.found {
            let earlier = lines[slot]
            if replacing { lines[slot] = line }
            return earlier
        }
        if Double(count + 1) > Double(mask + 1) * Self.maxLoad {
            grow()
            return store(line, for: id, replacing: replacing)
        }
        words[probe.free * 2] = high
        words[probe.free * 2 + 1] = low
        lines[probe.free] = line
        count += 1
        return nil
    }

    /// The slot holding the id, or the empty slot where it would go.
    private func find(_ high: UInt64, _ low: UInt64) -> (found: Int?, free: Int) {
        var slot = Int(truncatingIfNeeded: ((high &+ low &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9) >> shift)
        return words.withUnsafeBufferPointer { words in
            while true {
                let storedHigh = words[slot * 2], storedLow = words[slot * 2 + 1]
                if storedHigh == high, storedLow == low { return (slot, slot) }
                if storedHigh == 0, storedLow == 0 { return (nil, slot) }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let old = self
        self = UUIDLineTable(slots: (mask + 1) * 2)
        nilLine = old.nilLine
        count = old.nilLine == nil ? 0 : 1
        for slot in 0...old.mask where old.words[slot * 2] != 0 || old.words[slot * 2 + 1] != 0 {
            let (_, free) = find(old.words[slot * 2], old.words[slot * 2 + 1])
            words[free * 2] = old.words[slot * 2]
            words[free * 2 + 1] = old.words[slot * 2 + 1]
            lines[free] = old.lines[slot]
            count += 1
        }
    }

    /// The id's bytes as two words, in memory order.
    private static func halves(_ id: UUID) -> (UInt64, UInt64) {
        withUnsafeBytes(of: id.uuid) { bytes in (bytes.loadUnaligned(as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
    }
}
