/// One value per distinct text, for columns with few distinct values (service codes, kinds,
/// countries) read millions of times: the bytes are hashed and compared, and a string is made
/// only the first time a text is seen.
struct TextInterner<Value> {
    private var buckets: [UInt64: [(text: [UInt8], value: Value?)]] = [:]
    private let make: (String) -> Value?

    /// `make` turns a text seen for the first time into its value (nil: not a valid one).
    init(_ make: @escaping (String) -> Value?) { self.make = make }

    /// The value of `bytes`.
    mutating func value(_ bytes: UnsafeRawBufferPointer) -> Value? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        if let bucket = buckets[hash] {
            for item in bucket where item.text.elementsEqual(bytes) { return item.value }
        }
        let value = make(String(decoding: bytes, as: UTF8.self))
        buckets[hash, default: []].append((Array(bytes), value))
        return value
    }
}
