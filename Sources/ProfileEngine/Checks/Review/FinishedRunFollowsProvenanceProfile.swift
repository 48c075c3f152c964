internal import JSONLD
internal import ROCrate

/// A crate whose workflow run has completed or failed declares the Provenance Run Crate profile.
///
/// Spec (5s 0.4, Workflow execution phase): "When the execution is in `…CompletedActionStatus` or
/// `…FailedActionStatus`, the crate SHOULD also follow the Provenance Crate profile". Only the declaration is
/// checked: fivesafes does not check the Workflow Run Crate profiles themselves. Fix: add
/// `{"@id": "https://w3id.org/ro/wfrun/provenance/0.2"}` to the root's `conformsTo`.
struct FinishedRunFollowsProvenanceProfile: Check {
    static let name = "finishedRunFollowsProvenanceProfile"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root,
            let run = crate.runActions.first(where: { crate.actionStatus(of: $0)?.hasEnded ?? false }),
            let status = crate.actionStatus(of: run)
        else { return [] }
        let declared = root.references("conformsTo") + root.strings("conformsTo")
        guard !declared.contains(where: { $0.hasPrefix("https://w3id.org/ro/wfrun/provenance/") }) else { return [] }
        return [
            Finding(
                entity: root.label, property: "conformsTo", pointer: ReviewGraph.pointer(root, "conformsTo"),
                message:
                    "the workflow run `\(run.label)` has \(status.shortName), but the root's conformsTo does not declare a Provenance Run Crate profile (https://w3id.org/ro/wfrun/provenance/…)"
            )
        ]
    }
}
