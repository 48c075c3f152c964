internal import JSONLD
internal import ROCrate

/// The workflow DownloadAction's `object` is the mainEntity's `distribution` that was downloaded.
///
/// Spec (5s 0.4, Workflow retrieval phase): "a DownloadAction with the Workflow RO-Crate's distribution as
/// `object` (indicating the URL that was downloaded from …)". When one DownloadAction fetched a distribution
/// of the mainEntity, other DownloadActions are other downloads (e.g. container images) and are left alone.
/// Fix: `"object": {"@id": "<the mainEntity's distribution>"}`.
struct DownloadObjectIsWorkflowDistribution: Check {
    static let name = "downloadObjectIsWorkflowDistribution"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let distributions = Set(crate.mainEntityIDs.compactMap(crate.entity).flatMap { $0.references("distribution") })
        let downloads = crate.entities(ofType: "DownloadAction")
        guard !distributions.isEmpty,
            !downloads.contains(where: { $0.references("object").contains(where: distributions.contains) })
        else { return [] }
        let expected = distributions.sorted().map { "`\($0)`" }.joined(separator: ", ")
        return downloads.map { action in
            let message =
                action.has("object")
                ? "the object of the DownloadAction `\(action.label)` is not the workflow's distribution \(expected)"
                : "the DownloadAction `\(action.label)` has no object naming the workflow's distribution \(expected)"
            return Finding(entity: action.label, property: "object", pointer: ReviewGraph.pointer(action, "object"), message: message)
        }
    }
}
