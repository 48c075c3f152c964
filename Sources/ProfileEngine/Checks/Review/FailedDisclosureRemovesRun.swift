internal import JSONLD
internal import ROCrate

/// A crate that failed disclosure no longer describes the workflow run.
///
/// Spec (5s 0.4, Disclosure phase): "its workflow execution `CreateAction` and corresponding output data
/// entities SHOULD be removed from the metadata file." Fix: remove the run CreateAction, its output entities
/// and their references (`mentions`, `hasPart`).
struct FailedDisclosureRemovesRun: Check {
    static let name = "failedDisclosureRemovesRun"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let failed = ReviewGraph.failedDisclosure(in: crate) else { return [] }
        return crate.runActions.map { run in
            let outputs = run.references("result").filter { crate.entity($0) != nil }.count
            return Finding(
                entity: run.label, pointer: run.pointer,
                message:
                    "the crate failed disclosure (`\(failed.label)`) but still describes the workflow run `\(run.label)` and \(outputs) output entities"
            )
        }
    }
}
