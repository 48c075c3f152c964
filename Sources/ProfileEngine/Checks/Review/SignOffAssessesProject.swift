internal import JSONLD
internal import ROCrate

/// A SignOff lists the responsible project (the root's sourceOrganization) under `object`.
///
/// Spec (5s 0.4, Sign-off phase): "The `object` SHOULD additionally reference the workflow and responsible
/// project (unless these were not part of the sign-off checks)." Fix: add `{"@id": "<project>"}` to `object`.
struct SignOffAssessesProject: Check {
    static let name = "signOffAssessesProject"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let projects = crate.projectIDs
        guard !projects.isEmpty else { return [] }
        return crate.actions(in: .signOff).compactMap { action in
            guard !action.references("object").contains(where: projects.contains) else { return nil }
            return Finding(
                entity: action.label, property: "object", pointer: ReviewGraph.pointer(action, "object"),
                message: "the object of the sign-off `\(action.label)` does not include the responsible project `\(projects[0])`")
        }
    }
}
