import Foundation

/// A plain-text table: a header row, then rows, columns padded to the widest cell (numbers right-aligned).
struct TextTable {
    let header: [String]
    var rows: [[String]] = []

    init(_ header: String...) { self.header = header }

    mutating func add(_ cells: String...) { rows.append(cells) }

    var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        // A column of figures is right-aligned: every cell that is not a dash reads as a number.
        let numeric = header.indices.map { column in
            let cells = rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }.filter { $0 != "—" }
            return !cells.isEmpty && cells.allSatisfy(Format.looksNumeric)
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return numeric[column] ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// How figures are written in tables.
enum Format {
    static func seconds(_ value: Double) -> String { value.isNaN ? "—" : String(format: value < 10 ? "%.3f s" : "%.1f s", value) }
    static func ms(_ value: Double) -> String { value.isNaN ? "—" : String(format: value < 1 ? "%.3f ms" : (value < 100 ? "%.2f ms" : "%.0f ms"), value) }
    static func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
    static func rate(_ perSecond: Double) -> String { perSecond.isFinite ? grouped(Int(perSecond.rounded())) + "/s" : "—" }
    static func bytes(_ value: Double) -> String { value.isFinite ? String(format: "%.0f B", value) : "—" }

    /// "3.4×": how many times `slower` took as long as `faster`.
    static func ratio(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return "—" }
        return String(format: value < 10 ? "%.2f×" : (value < 100 ? "%.1f×" : "%.0f×"), value)
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// Whether a cell reads as a figure (right-aligned).
    static func looksNumeric(_ cell: String) -> Bool {
        guard let first = cell.first else { return false }
        return first.isNumber || (first == "-" && cell.count > 1)
    }
}

/// A target printed beside a figure: met, missed, or not applicable at this size.
struct Target: Codable, Sendable {
    var text: String
    /// nil when the target is for another size than this run's.
    var met: Bool?

    static func atMost(_ value: Double, _ limit: Double, _ text: String, applies: Bool = true) -> Target {
        Target(text: text, met: applies && value.isFinite ? value <= limit : nil)
    }

    static func atLeast(_ value: Double, _ limit: Double, _ text: String, applies: Bool = true) -> Target {
        Target(text: text, met: applies && value.isFinite ? value >= limit : nil)
    }

    static func note(_ text: String) -> Target { Target(text: text, met: nil) }

    var cell: String {
        switch met {
        case true?: "\(text) ✓"
        case false?: "\(text) MISSED"
        case nil: text
        }
    }
}

/// The environment a report was taken in, so figures are read with their context.
struct RunContext: Codable, Sendable {
    var date: String
    var host: String
    var cpus: Int
    var build: String
    var note: String

    static func current() -> RunContext {
        #if DEBUG
        let build = "debug (figures are meaningless: use -c release)"
        #else
        let build = "release"
        #endif
        let formatter = ISO8601DateFormatter()
        return RunContext(
            date: formatter.string(from: Date()), host: ProcessInfo.processInfo.hostName, cpus: ProcessInfo.processInfo.activeProcessorCount, build: build,
            note: "load average \(loadAverage())")
    }

    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    var line: String { "\(date) · \(host) · \(cpus) CPUs · \(build) · \(note)" }
}

/// Writes `value` as pretty, sorted JSON to standard output.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
