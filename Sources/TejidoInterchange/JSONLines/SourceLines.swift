import Foundation

/// Reads chosen lines of a text file back by number, as a rejects file quotes the records it
/// turned away.
///
/// Lines are numbered from 1 and end at LF, as ``JSONLinesReader`` counts them; a last line with no
/// LF counts if it is not empty. A line's text is its bytes up to the LF (a CR before it is kept),
/// read as UTF-8 with invalid bytes replaced. The file is read once, in chunks, and no further
/// than the last line wanted.
public enum SourceLines {
    /// The text of each line of `wanted` that the file at `path` has.
    public static func read(_ wanted: Set<Int>, from path: String, chunkBytes: Int = 1 << 22) throws -> [Int: String] {
        guard let last = wanted.max(), last > 0 else { return [:] }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var found: [Int: String] = [:]
        var number = 0
        // The start of a line that began in an earlier chunk.
        var carried: [UInt8] = []
        while number < last, let chunk = try handle.read(upToCount: max(1, chunkBytes)), !chunk.isEmpty {
            chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                guard let base = bytes.baseAddress else { return }
                var start = 0
                while number < last, start < bytes.count {
                    guard let hit = memchr(base + start, 0x0A, bytes.count - start) else {
                        carried.append(contentsOf: bytes[start...])
                        return
                    }
                    let newline = base.distance(to: UnsafeRawPointer(hit))
                    number += 1
                    if wanted.contains(number) {
                        let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<newline])
                        found[number] = carried.isEmpty
                            ? String(decoding: piece, as: UTF8.self) : String(decoding: carried + piece, as: UTF8.self)
                    }
                    carried.removeAll(keepingCapacity: true)
                    start = newline + 1
                }
            }
        }
        if number < last, !carried.isEmpty, wanted.contains(number + 1) {
            found[number + 1] = String(decoding: carried, as: UTF8.self)
        }
        return found
    }
}
