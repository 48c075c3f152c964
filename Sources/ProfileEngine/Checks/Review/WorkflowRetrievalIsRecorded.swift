internal import JSONLD
internal import ROCrate

/// A result crate records the workflow retrieval with a DownloadAction that ended before execution began.
///
/// Spec (5s 0.4, Workflow retrieval phase): "The referenced workflow crate may be retrieved by the TRE before
/// Sign-off or Workflow Execution … the retrieval SHOULD be indicated by a DownloadAction". Not expected of
/// request crates (catalogue D11); whether the root mentions it is 5S-DL-02. A 0.5 execution that is not a
/// workflow (a script, query, notebook, …: `executionType`) has no Workflow RO-Crate to retrieve, so a missing
/// DownloadAction is not reported there (0.5 keeps 0.4's sentence without saying so). Fix: add the DownloadAction
/// with its real `startTime`/`endTime`.
struct WorkflowRetrievalIsRecorded: Check {
    static let name = "workflowRetrievalIsRecorded"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let downloads = crate.entities(ofType: "DownloadAction")
        if downloads.isEmpty, crate.runsWorkflow, let root = crate.root {
            return [
                Finding(
                    entity: root.label, property: "mentions", pointer: ReviewGraph.pointer(root, "mentions"),
                    message: "the crate records no workflow retrieval (no DownloadAction)")
            ]
        }
        return ReviewOrder.findings(rule: Lifecycle.Rule.retrievalBeforeExecution, in: crate) { download, run in
            "the download `\(download)` ends after the workflow run `\(run)` began; retrieve the workflow before executing it"
        }
    }
}
