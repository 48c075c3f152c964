internal import JSONLD
internal import ROCrate

/// A SignOff lists the workflow (the root's mainEntity) under `object`.
///
/// Spec (5s 0.4, Sign-off phase): "The `object` SHOULD additionally reference the workflow and responsible
/// project (unless these were not part of the sign-off checks)." Fix: add `{"@id": "<mainEntity>"}` to `object`.
struct SignOffAssessesWorkflow: Check {
    static let name = "signOffAssessesWorkflow"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let main = crate.mainEntityIDs
        guard !main.isEmpty else { return [] }
        return crate.actions(in: .signOff).compactMap { action in
            guard !action.references("object").contains(where: main.contains) else { return nil }
            return Finding(
                entity: action.label, property: "object", pointer: ReviewGraph.pointer(action, "object"),
                message: "the object of the sign-off `\(action.label)` does not include the workflow `\(main[0])`")
        }
    }
}
