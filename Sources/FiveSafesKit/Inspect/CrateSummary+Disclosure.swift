internal import ROCrate

extension CrateSummary {
    /// Whether any output has a recorded disclosure verdict (the outputs table then shows a column for it).
    public var hasDisclosureEvidence: Bool { outputs.contains { $0.disclosure != nil } }

    /// One output's recorded verdicts in a few words: `fail (SDC-THRESHOLD)`, `fail, released: …`, or each
    /// checker's verdict when they disagree.
    static func disclosure(_ votes: [DisclosureVerdict]?) -> String? {
        guard let votes, let last = votes.last else { return nil }
        func describe(_ vote: DisclosureVerdict) -> String {
            var text = vote.status + (vote.rules.isEmpty || vote.status == "pass" ? "" : " (\(vote.rules.joined(separator: ", ")))")
            if let exception = vote.exception { text += ", released: \(exception)" }
            return text
        }
        guard Set(votes.map(\.status)).count > 1 else { return describe(last) }
        return "conflict: " + votes.map { "\($0.checker ?? "unknown") \(describe($0))" }.joined(separator: "; ")
    }
}
