internal import JSONLD
internal import ROCrate

/// An AssessAction outside the four phase rows lists the root data entity under `object`.
///
/// Spec (5s 0.4, Review process): "Each assessment SHOULD have the root data entity (typically
/// `{"@id": "./"}`) listed under `object`, and MAY include additional entities that were assessed." Fix: add
/// `{"@id": "./"}` to `object`.
struct OtherAssessActionAssessesRoot: Check {
    static let name = "otherAssessActionAssessesRoot"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let root = ReviewGraph.rootID(in: crate)
        return ReviewGraph.otherAssessActions(in: crate).compactMap { action in
            guard !action.references("object").contains(root) else { return nil }
            return Finding(
                entity: action.label, property: "object", pointer: ReviewGraph.pointer(action, "object"),
                message: "the object of the assessment `\(action.label)` does not include the root `\(root)`")
        }
    }
}
