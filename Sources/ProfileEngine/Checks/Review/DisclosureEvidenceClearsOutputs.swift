internal import JSONLD
internal import ROCrate

/// Every output still in the crate whose recorded disclosure verdict is `fail` or `review` carries a reviewer's
/// exception (recorded by any checker); two checkers who disagree on an output are shown as a conflict.
///
/// Not in the spec (fivesafes' disclosure evidence, `disclosure record`): a verdict is an entity a
/// DisclosureCheck lists as `result`, `about` the output, with `creativeWorkStatus`, the rules in `keywords` and
/// the exception in `conditionsOfAccess`. The latest verdict of each checker (the action's agent) counts.
/// Outputs no longer described (removed after a failed check) are not reported. Fix: remove the output, or
/// record why it may leave (`fivesafes disclosure record --exception OUTPUT=TEXT`).
struct DisclosureEvidenceClearsOutputs: Check {
    static let name = "disclosureEvidenceClearsOutputs"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let votes = crate.disclosureVotes
        var findings: [Finding] = []
        var seen: Set<String> = []
        for verdict in crate.disclosureVerdicts where seen.insert(verdict.output).inserted {
            // A reviewer's exception (from any checker) releases the output.
            guard crate.entity(verdict.output) != nil, let latest = votes[verdict.output], !latest.contains(where: { $0.exception != nil })
            else {
                continue
            }
            let statuses = Set(latest.map(\.status))
            let conflict =
                statuses.count > 1
                ? "; the checkers disagree (" + latest.map { "\($0.checker ?? "unknown"): \($0.status)" }.joined(separator: ", ") + ")" : ""
            for vote in latest where !vote.isCleared && (vote.status == "fail" || vote.status == "review") {
                guard let evidence = crate.entity(vote.id) else { continue }
                let rules = vote.rules.isEmpty ? "" : " (\(vote.rules.joined(separator: ", ")))"
                let verb = vote.status == "fail" ? "failed disclosure control" : "needs a reviewer's decision"
                findings.append(
                    Finding(
                        entity: evidence.label, pointer: evidence.pointer,
                        message: "`\(verdict.output)` \(verb)\(rules) in `\(vote.id)` and no exception is recorded\(conflict)"))
            }
        }
        return findings
    }
}
