internal import JSONLD
internal import ROCrate

/// When a crate records per-output disclosure evidence, every output of the run has some, from a rule or a
/// reviewer.
///
/// Not in the spec (fivesafes' disclosure evidence): a run result with no verdict, or only `not-checked` ones
/// without an exception (a figure, a Parquet file), was seen by no rule. Crates that record no per-output
/// evidence at all are left to 5S-DISC-01. Fix: run `fivesafes disclosure record`, and record a reviewer's
/// exception for what no rule can read.
struct OutputsHaveDisclosureEvidence: Check {
    static let name = "outputsHaveDisclosureEvidence"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard !crate.disclosureVerdicts.isEmpty else { return [] }
        let votes = crate.disclosureVotes
        var findings: [Finding] = []
        var seen: Set<String> = []
        for run in crate.runActions {
            for output in run.references("result") where seen.insert(output).inserted {
                guard let entity = crate.entity(output), !output.contains("://") else { continue }
                let latest = votes[output] ?? []
                if latest.isEmpty {
                    findings.append(
                        Finding(
                            entity: entity.label, pointer: entity.pointer,
                            message: "the output `\(output)` has no disclosure verdict"))
                } else if latest.allSatisfy({ $0.status == "not-checked" && $0.exception == nil }) {
                    findings.append(
                        Finding(
                            entity: entity.label, pointer: entity.pointer,
                            message: "no disclosure rule could check the output `\(output)` and no reviewer recorded a decision"))
                }
            }
        }
        return findings
    }
}
