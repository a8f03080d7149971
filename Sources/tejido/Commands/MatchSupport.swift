import ArgumentParser
import TejidoDirectory
import TejidoMatching
import TejidoStore

/// Loads the directory the match commands read: the whole store, referrals included, from its
/// narrow columns. A command answers once, so what explanations read of the organizations an
/// answer shows is read from the store for them rather than packed in memory for all.
enum MatchDirectory {
    static func load(_ database: DatabaseOptions) async throws -> Directory {
        try await database.open().directory(summaries: .fromStore)
    }
}

/// Parsing `--weight name=value` and printing what the filters removed.
enum MatchWeights {
    /// The overrides in `arguments`, or a usage error naming the features.
    static func parse<Feature: MatchFeature>(_ arguments: [String], as feature: Feature.Type) throws -> [Feature: Double] {
        var overrides: [Feature: Double] = [:]
        let names = Feature.allCases.map(\.rawValue).joined(separator: ", ")
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let feature = Feature(rawValue: parts[0]) else {
                throw ValidationError("--weight '\(argument)' is not NAME=VALUE with NAME one of: \(names)")
            }
            guard let value = Double(parts[1]), value.isFinite, value >= 0 else {
                throw ValidationError("--weight '\(argument)': the weight must be a number ≥ 0")
            }
            overrides[feature] = value
        }
        return overrides
    }

    /// "N considered; excluded: area 3, language 1" for the table output.
    static func excludedLine(_ excluded: [(String, Int)], considered: Int) -> String {
        let removed = excluded.filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }.map { "\($0.0) \($0.1)" }
        return "\(considered) considered" + (removed.isEmpty ? "" : "; excluded: " + removed.joined(separator: ", "))
    }
}
