import Foundation
import TejidoModel

/// Streams a Tejido JSON Lines file record by record in constant memory: the file is read in
/// fixed chunks, each line parsed by jansson and read into model values, then dropped. A line
/// over `maxLineBytes` is reported and skipped without being held in memory.
public struct JSONLinesReader {
    /// The default longest line accepted: 1 MiB, far above any real organization record.
    public static let defaultMaxLineBytes = 1 << 20

    public let url: URL
    public let maxLineBytes: Int
    /// The file's size, for progress.
    public let totalBytes: Int
    /// How far reading has got.
    public private(set) var bytesRead = 0

    public init(url: URL, maxLineBytes: Int = defaultMaxLineBytes) throws {
        self.url = url
        self.maxLineBytes = maxLineBytes
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        totalBytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Calls `body` with each record, or the problem that kept a line from being one, the line's
    /// 1-based number, and how many bytes of the file have been read (for progress). Blank lines
    /// are skipped. Reading and decoding run on a second thread, a few batches ahead of `body`,
    /// which runs on the caller's thread in line order.
    public mutating func forEach(_ body: (Result<JSONLinesRecord, ImportProblem>, Int, Int) throws -> Void) throws {
        try forEach(preparing: { result, _ in result }, body)
    }

    /// Like ``forEach(_:)``, and `prepare` also runs on the reading thread, turning each record (or
    /// problem) and its line number into what `body` needs: the work a caller moves there
    /// overlaps with what `body` does. At most a few small batches are in flight, so memory stays
    /// constant; a `body` that throws stops the reading thread before the error is rethrown.
    public mutating func forEach<Prepared: Sendable>(
        preparing prepare: @escaping @Sendable (Result<JSONLinesRecord, ImportProblem>, Int) -> Prepared,
        _ body: (Prepared, Int, Int) throws -> Void
    ) throws {
        let channel = BatchChannel<(Prepared, Int, Int)>(capacity: 4)
        let url = url, maxLineBytes = maxLineBytes
        let thread = Thread {
            var batch: [(Prepared, Int, Int)] = []
            var batchBytes = 0
            do {
                let bytesRead = try Self.read(url: url, maxLineBytes: maxLineBytes) { result, line, bytesRead, lineBytes in
                    batch.append((prepare(result, line), line, bytesRead))
                    batchBytes += lineBytes
                    if batch.count >= Self.batchRecords || batchBytes >= Self.batchBytes {
                        guard channel.push(batch) else { throw BatchChannel<(Prepared, Int, Int)>.Stopped() }
                        batch = []
                        batch.reserveCapacity(Self.batchRecords)
                        batchBytes = 0
                    }
                }
                if !batch.isEmpty { _ = channel.push(batch) }
                channel.finish(bytesRead: bytesRead, error: nil)
            } catch is BatchChannel<(Prepared, Int, Int)>.Stopped {
                channel.finish(bytesRead: 0, error: nil)
            } catch {
                channel.finish(bytesRead: 0, error: error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = try channel.next() {
                for (prepared, line, bytesRead) in batch { try body(prepared, line, bytesRead) }
            }
        } catch {
            channel.stop()
            throw error
        }
        bytesRead = channel.bytesRead
    }

    /// A batch is handed over when it holds this many records, or this many bytes of lines.
    static let batchRecords = 256
    static let batchBytes = 1 << 20

    /// Reads the file line by line on the calling thread: `emit` gets each record or problem, its
    /// line number, the bytes read so far and the line's length. Returns the bytes read.
    private static func read(url: URL, maxLineBytes: Int, _ emit: (Result<JSONLinesRecord, ImportProblem>, Int, Int, Int) throws -> Void) throws -> Int {
        guard let file = fopen(url.path, "rb") else { throw ImportProblem(file: url.lastPathComponent, reason: "cannot be opened: \(String(cString: strerror(errno)))") }
        defer { fclose(file) }
        let name = url.lastPathComponent
        let decoder = JSONLinesDecoder()
        let chunkSize = 4 << 20
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var pending: [UInt8] = []
        var lineNumber = 0
        var skippingLongLine = false

        var bytesRead = 0
        func handle(_ line: UnsafeRawBufferPointer) throws {
            lineNumber += 1
            var slice = line
            if let last = slice.last, last == UInt8(ascii: "\r") { slice = UnsafeRawBufferPointer(rebasing: slice.dropLast()) }
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            switch JanssonDocument.parse(slice) {
            case .failure(let error):
                try emit(.failure(ImportProblem(file: name, line: lineNumber, reason: "is not valid JSON: \(error.message) (column \(error.column))")), lineNumber, bytesRead, line.count)
            case .success(let document):
                let result: Result<JSONLinesRecord, ImportProblem>
                do throws(JSONLinesDecoder.FieldProblem) {
                    result = .success(try withExtendedLifetime(document) { () throws(JSONLinesDecoder.FieldProblem) in try decoder.decode(document.root, line: slice) })
                } catch {
                    result = .failure(ImportProblem(file: name, line: lineNumber, field: error.field.isEmpty ? nil : error.field, reason: error.reason))
                }
                try emit(result, lineNumber, bytesRead, line.count)
            }
        }
        func tooLong() throws {
            lineNumber += 1
            try emit(.failure(ImportProblem(file: name, line: lineNumber, reason: "is longer than the \(maxLineBytes)-byte limit for one record; skipped")), lineNumber, bytesRead, 0)
        }

        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunkSize, file) }
            if count == 0 { break }
            bytesRead += count
            try buffer.withUnsafeBytes { chunk in
                var start = 0
                while start < count {
                    guard let newline = memchr(chunk.baseAddress! + start, 0x0A, count - start) else {
                        if !skippingLongLine {
                            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<count]))
                            if pending.count > maxLineBytes {
                                try tooLong()
                                pending.removeAll(keepingCapacity: false)
                                skippingLongLine = true
                            }
                        }
                        return
                    }
                    let end = chunk.baseAddress!.distance(to: UnsafeRawPointer(newline))
                    if skippingLongLine {
                        skippingLongLine = false
                    } else if pending.isEmpty {
                        if end - start > maxLineBytes { try tooLong() } else { try handle(UnsafeRawBufferPointer(rebasing: chunk[start..<end])) }
                    } else {
                        pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
                        if pending.count > maxLineBytes { try tooLong() } else { try pending.withUnsafeBytes { try handle($0) } }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = end + 1
                }
            }
        }
        if !pending.isEmpty { try pending.withUnsafeBytes { try handle($0) } }
        if ferror(file) != 0 { throw ImportProblem(file: name, reason: "could not be read to the end") }
        return bytesRead
    }
}
