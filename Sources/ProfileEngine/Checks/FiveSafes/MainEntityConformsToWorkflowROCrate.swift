internal import JSONLD
internal import ROCrate

/// One `conformsTo` value of the root's mainEntity is a Workflow RO-Crate profile IRI.
///
/// Spec (5s 0.4, Referencing a Workflow Crate): "The metadata file MUST reference a Workflow RO-Crate `Dataset` as
/// its `mainEntity`". Fix: `"conformsTo": {"@id": "https://w3id.org/workflowhub/workflow-ro-crate/1.0"}`.
struct MainEntityConformsToWorkflowROCrate: Check {
    static let name = "mainEntityConformsToWorkflowROCrate"
    static let prefix = Crate.workflowROCrateProfile

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.mainEntityIDs.compactMap(crate.entity).compactMap { main in
            // No conformsTo at all is 5S-WF-03's finding.
            guard main.has("conformsTo"), !crate.conformsToWorkflowROCrate(main) else { return nil }
            return Finding(
                entity: main.label, property: "conformsTo", pointer: main.pointer.appending("conformsTo"),
                message: "no conformsTo value of the mainEntity `\(main.label)` starts with \(Self.prefix)")
        }
    }
}
