internal import JSONLD
internal import ROCrate

/// Every AssessAction in a result crate is listed in the root's `mentions`.
///
/// Spec (5s 0.4, Publishing phase): "The `mentions` MUST be expanded to include all the `AssessAction`s
/// recorded by the TRE." PR 167's shape only needs *some* entity to mention it (its `sh:node` on a class is
/// inert); the spec names the root. Fix: add `{"@id": "<the AssessAction>"}` to the root's `mentions`.
struct AssessActionsAreMentioned: Check {
    static let name = "assessActionsAreMentioned"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.root != nil else { return [] }
        let mentioned = ReviewGraph.rootMentions(in: crate)
        return crate.entities(ofType: "AssessAction").compactMap { action in
            guard !(action.id.map(mentioned.contains) ?? false) else { return nil }
            return Finding(
                entity: action.label, pointer: action.pointer,
                message: "the AssessAction `\(action.label)` is not listed in the root's mentions")
        }
    }
}
