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
    /// are skipped. Reading and decoding run on other threads, a few batches ahead of `body`,
    /// which runs on the caller's thread in line order.
    public mutating func forEach(_ body: (Result<JSONLinesRecord, ImportProblem>, Int, Int) throws -> Void) throws {
        try forEach(preparing: { result, _ in result }, body)
    }

    /// Like ``forEach(_:)``, and `prepare` also runs on the parsing threads, turning each record
    /// (or problem) and its line number into what `body` needs: the work a caller moves there
    /// overlaps with what `body` does. One thread splits the file into batches of lines,
    /// ``parsingThreads`` threads parse, decode and prepare them, and `body` gets the results in
    /// line order. At most ``batchesInFlight`` batches exist at a time, so memory stays constant;
    /// a `body` that throws stops every thread before the error is rethrown.
    public mutating func forEach<Prepared: Sendable>(
        preparing prepare: @escaping @Sendable (Result<JSONLinesRecord, ImportProblem>, Int) -> Prepared,
        _ body: (Prepared, Int, Int) throws -> Void
    ) throws {
        let workers = Self.parsingThreads
        let pipeline = OrderedPipeline<LineBatch, [(Prepared, Int, Int)]>(capacity: Self.batchesInFlight, workers: workers)
        let url = url, maxLineBytes = maxLineBytes
        let splitter = Thread {
            var batch = LineBatch()
            do {
                let bytesRead = try Self.split(url: url, maxLineBytes: maxLineBytes) { line, number, bytesRead in
                    if let line { batch.append(line, number: number, bytesRead: bytesRead) } else { batch.appendTooLong(number: number, bytesRead: bytesRead) }
                    if batch.isFull(records: Self.batchRecords, byteLimit: Self.batchBytes) {
                        guard pipeline.push(batch) else { throw OrderedPipeline<LineBatch, [(Prepared, Int, Int)]>.Stopped() }
                        batch = LineBatch()
                    }
                }
                if !batch.lines.isEmpty { _ = pipeline.push(batch) }
                pipeline.finish(bytesRead: bytesRead, error: nil)
            } catch is OrderedPipeline<LineBatch, [(Prepared, Int, Int)]>.Stopped {
                pipeline.finish(bytesRead: 0, error: nil)
            } catch {
                pipeline.finish(bytesRead: 0, error: error)
            }
        }
        splitter.start()
        let name = url.lastPathComponent
        for _ in 0..<workers {
            let worker = Thread {
                Self.yieldToConsumer()
                let decoder = JSONLinesDecoder()
                while let (sequence, batch) = pipeline.nextInput() {
                    pipeline.deliver(sequence, Self.parse(batch, file: name, maxLineBytes: maxLineBytes, decoder: decoder, prepare: prepare))
                }
                pipeline.workerDone()
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        do {
            while let batch = try pipeline.next() {
                for (prepared, line, bytesRead) in batch { try body(prepared, line, bytesRead) }
            }
        } catch {
            pipeline.stop()
            throw error
        }
        bytesRead = pipeline.bytesRead
    }

    /// Lowers the calling parsing thread's scheduling priority (a higher nice value, which any
    /// thread may take): with more busy threads than cores, the kernel then gives the consuming
    /// thread (an import's store writer, which sets the pace) its whole core, and the parsing
    /// threads share what is left instead of taking turns with it. Linux only; elsewhere a no-op.
    private static func yieldToConsumer() {
        #if os(Linux)
        // On Linux the nice value is per thread, and 0 names the calling one.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 5)
        #endif
    }

    /// A batch is handed over when it holds this many lines, or this many bytes of lines.
    static let batchRecords = 256
    static let batchBytes = 1 << 20
    /// How many threads parse, decode and prepare records: two on a machine of two cores or more
    /// (the store's writing thread takes the rest), one on a single core.
    static let parsingThreads = min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))
    /// How many batches may be split off and not yet taken by `body`.
    static let batchesInFlight = 6

    /// Parses, decodes and prepares every line of `batch`: each record or problem with its line
    /// number and the bytes read so far. Blank lines give nothing.
    private static func parse<Prepared>(
        _ batch: LineBatch, file name: String, maxLineBytes: Int, decoder: JSONLinesDecoder,
        prepare: (Result<JSONLinesRecord, ImportProblem>, Int) -> Prepared
    ) -> [(Prepared, Int, Int)] {
        var prepared: [(Prepared, Int, Int)] = []
        prepared.reserveCapacity(batch.lines.count)
        batch.bytes.withUnsafeBytes { bytes in
            for line in batch.lines {
                guard let count = line.count else {
                    let problem = ImportProblem(file: name, line: line.number, reason: "is longer than the \(maxLineBytes)-byte limit for one record; skipped")
                    prepared.append((prepare(.failure(problem), line.number), line.number, line.bytesRead))
                    continue
                }
                var slice = UnsafeRawBufferPointer(rebasing: bytes[line.start..<line.start + count])
                if let last = slice.last, last == UInt8(ascii: "\r") { slice = UnsafeRawBufferPointer(rebasing: slice.dropLast()) }
                if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                let result: Result<JSONLinesRecord, ImportProblem> = JanssonDocument.withParsed(slice) { parsed in
                    switch parsed {
                    case .failure(let error):
                        return .failure(ImportProblem(file: name, line: line.number, reason: "is not valid JSON: \(error.message) (column \(error.column))"))
                    case .success(let root):
                        do throws(JSONLinesDecoder.FieldProblem) {
                            return .success(try decoder.decode(root, line: slice))
                        } catch {
                            return .failure(ImportProblem(file: name, line: line.number, field: error.field.isEmpty ? nil : error.field, reason: error.reason))
                        }
                    }
                }
                prepared.append((prepare(result, line.number), line.number, line.bytesRead))
            }
        }
        return prepared
    }

    /// Splits the file into lines on the calling thread: `emit` gets each line (without its
    /// newline; `nil` for a line over `maxLineBytes`, which is skipped without being held), its
    /// number and the bytes read so far. Returns the bytes read.
    private static func split(url: URL, maxLineBytes: Int, _ emit: (UnsafeRawBufferPointer?, Int, Int) throws -> Void) throws -> Int {
        guard let file = fopen(url.path, "rb") else { throw ImportProblem(file: url.lastPathComponent, reason: "cannot be opened: \(String(cString: strerror(errno)))") }
        defer { fclose(file) }
        let name = url.lastPathComponent
        let chunkSize = 4 << 20
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var pending: [UInt8] = []
        var lineNumber = 0
        var skippingLongLine = false

        var bytesRead = 0
        func handle(_ line: UnsafeRawBufferPointer) throws {
            lineNumber += 1
            try emit(line, lineNumber, bytesRead)
        }
        func tooLong() throws {
            lineNumber += 1
            try emit(nil, lineNumber, bytesRead)
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
