internal import JSONLD
internal import ROCrate

/// The root `mentions` a `CreateAction`: the requested workflow run.
///
/// Spec (5s 0.4, Requested Workflow Run): "The metadata file MUST include a CreateAction, which MUST be referenced
/// from `mentions` of the root entity". Fix: add `"mentions": {"@id": "#query-<uuid>"}` to the root.
struct RootMentionsCreateAction: Check {
    static let name = "rootMentionsCreateAction"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root, crate.runActions.isEmpty else { return [] }
        let unmentioned = crate.entities(ofType: "CreateAction").compactMap(\.id).first
        let hint = unmentioned.map { "; `\($0)` is not referenced from mentions" } ?? ""
        return [
            Finding(
                entity: root.label,
                property: "mentions",
                pointer: root.has("mentions") ? root.pointer.appending("mentions") : root.pointer,
                message: "the root data entity `\(root.label)` mentions no CreateAction (the requested workflow run)\(hint)"
            )
        ]
    }
}
