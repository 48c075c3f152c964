internal import JSONLD
internal import ROCrate

/// A Dataset that a DownloadAction produced references the root's mainEntity with `sameAs`.
///
/// Spec (5s 0.4, Workflow retrieval phase): the unpacked Workflow Crate "SHOULD be indicated as an additional
/// data entity referenced as _result_, which reference the `mainEntity` from `sameAs`". Fix: add
/// `"sameAs": {"@id": "<mainEntity>"}` to the unpacked folder's entity.
struct DownloadedWorkflowIsSameAsMainEntity: Check {
    static let name = "downloadedWorkflowIsSameAsMainEntity"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let main = Set(crate.mainEntityIDs)
        guard !main.isEmpty else { return [] }
        var seen = Set<String>()
        return crate.entities(ofType: "DownloadAction").flatMap { action in
            action.references("result").compactMap { id -> Finding? in
                guard seen.insert(id).inserted, let folder = crate.entity(id), crate.hasType(folder, "Dataset"),
                    !folder.references("sameAs").contains(where: main.contains)
                else { return nil }
                return Finding(
                    entity: id, property: "sameAs", pointer: ReviewGraph.pointer(folder, "sameAs"),
                    message: "the downloaded workflow `\(id)` does not reference the root's mainEntity with sameAs")
            }
        }
    }
}
