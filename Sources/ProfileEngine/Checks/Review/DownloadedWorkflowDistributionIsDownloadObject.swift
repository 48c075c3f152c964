internal import JSONLD
internal import ROCrate

/// A Dataset that a DownloadAction produced names, as `distribution`, what that same action downloaded.
///
/// Spec (5s 0.4, Workflow retrieval phase): the unpacked Workflow Crate references "the download location in
/// `distribution`". Compared with its own DownloadAction's `object` only (PR 167 compares with every
/// DownloadAction). Fix: `"distribution": {"@id": "<the DownloadAction's object>"}`.
struct DownloadedWorkflowDistributionIsDownloadObject: Check {
    static let name = "downloadedWorkflowDistributionIsDownloadObject"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.entities(ofType: "DownloadAction").flatMap { action in
            let objects = Set(action.references("object"))
            return action.references("result").compactMap { id -> Finding? in
                guard !objects.isEmpty, let folder = crate.entity(id), crate.hasType(folder, "Dataset"),
                    !folder.references("distribution").contains(where: objects.contains)
                else { return nil }
                let downloaded = objects.sorted().map { "`\($0)`" }.joined(separator: ", ")
                return Finding(
                    entity: id, property: "distribution", pointer: ReviewGraph.pointer(folder, "distribution"),
                    message: "the distribution of the downloaded workflow `\(id)` is not \(downloaded), the object of `\(action.label)`")
            }
        }
    }
}
