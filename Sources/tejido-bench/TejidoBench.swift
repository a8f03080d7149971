import ArgumentParser
import TejidoStore

/// Benchmarks of Tejido's hot paths, each against a baseline measured in the same run.
@main
struct TejidoBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tejido-bench",
        abstract: "Benchmarks of Tejido's import, HSDS export and matching, each against a baseline measured in the same run.",
        discussion: """
            Run from the package root in release mode, on an otherwise idle machine:
              swift run -c release tejido-bench all --orgs 100000
            Every report gives p50 and p99, peak memory and ratios against its baseline; --json prints the figures \
            for machines. See docs/benchmarks.md.
            """,
        subcommands: [Import.self, HSDSExport.self, Match.self, All.self, Phase.self])

    /// Sets SQLite up as `tejido` does (every phase runs in a child process started here too).
    static func main() async {
        SQLiteStore.configureLibrary()
        await main(nil)
    }
}
