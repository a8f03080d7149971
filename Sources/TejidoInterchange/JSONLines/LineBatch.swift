/// Lines of a JSON Lines file, copied out of the read buffer so that another thread can parse
/// them: the splitting thread fills a batch, a parsing thread turns it into records.
struct LineBatch: Sendable {
    /// One line of the batch.
    struct Line: Sendable {
        /// Where the line starts in ``LineBatch/bytes``.
        var start: Int
        /// Its length without the newline; `nil` for a line over the length limit, which is
        /// reported but not kept.
        var count: Int?
        /// Its 1-based number in the file.
        var number: Int
        /// How many bytes of the file had been read when it was split off (for progress).
        var bytesRead: Int
    }

    /// The lines' bytes, one after another.
    var bytes: [UInt8] = []
    var lines: [Line] = []

    /// Whether the batch should be handed over: it holds `records` lines or `byteLimit` bytes.
    func isFull(records: Int, byteLimit: Int) -> Bool { lines.count >= records || bytes.count >= byteLimit }

    mutating func append(_ line: UnsafeRawBufferPointer, number: Int, bytesRead: Int) {
        lines.append(Line(start: bytes.count, count: line.count, number: number, bytesRead: bytesRead))
        bytes.append(contentsOf: line)
    }

    mutating func appendTooLong(number: Int, bytesRead: Int) {
        lines.append(Line(start: bytes.count, count: nil, number: number, bytesRead: bytesRead))
    }
}
