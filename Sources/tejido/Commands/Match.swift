import ArgumentParser

extension Tejido {
    /// Matching: providers for a client's need, partners for an organization.
    struct Match: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find providers for a need, or partners for an organization, each with its reasons.",
            discussion: """
                Answers are ranked by a weighted sum of named features in [0, 1] and explain themselves: \
                every feature's contribution, sentences a person reads, and, when nothing qualifies, which \
                filter removed the candidates and what to relax. See docs/matching.md.
                """,
            subcommands: [Referrals.self, Partners.self]
        )
    }
}
