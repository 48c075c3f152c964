internal import JSONLD
internal import ROCrate

/// Every DownloadAction is listed in the root's `mentions`.
///
/// Spec (5s 0.4, Review process / Workflow retrieval phase): review actions "SHOULD be related to the root
/// data entity using `mentions`". Fix: add `{"@id": "#download-…"}` to the root's `mentions`.
struct DownloadActionIsMentioned: Check {
    static let name = "downloadActionIsMentioned"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.root != nil else { return [] }
        let mentioned = ReviewGraph.rootMentions(in: crate)
        return crate.entities(ofType: "DownloadAction").compactMap { action in
            guard !(action.id.map(mentioned.contains) ?? false) else { return nil }
            return Finding(
                entity: action.label, pointer: action.pointer,
                message: "the DownloadAction `\(action.label)` is not listed in the root's mentions")
        }
    }
}
