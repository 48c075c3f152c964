internal import JSONLD
internal import ROCrate

/// An AssessAction outside the four phase rows has a human-readable `name`.
///
/// Spec (5s 0.4, Review process): "The `name` of the action MUST provide a human readable name of the type of
/// check and its outcome". Fix: add e.g. `"name": "Malware scan of inputs: OK"`.
struct OtherAssessActionHasName: Check {
    static let name = "otherAssessActionHasName"

    func evaluate(in context: CheckContext) -> [Finding] {
        ReviewGraph.otherAssessActions(in: context.crate).compactMap { action in
            guard !ReviewGraph.hasText(action, "name") else { return nil }
            return Finding(
                entity: action.label, property: "name", pointer: ReviewGraph.pointer(action, "name"),
                message: "the assessment `\(action.label)` has no human-readable name string")
        }
    }
}
