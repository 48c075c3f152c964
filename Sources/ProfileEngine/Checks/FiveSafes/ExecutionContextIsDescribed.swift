internal import JSONLD
internal import ROCrate

/// Each `mainEntity` of the root is a reference to an entity described in the graph: the execution context.
///
/// Spec (5s 0.5, Execution Context): "The metadata file MUST reference an execution context entity as its
/// `mainEntity`". 0.4's stricter form (a Workflow RO-Crate `Dataset`) is 5S-WF-02; 0.5 accepts any described entity
/// and leaves its type to 5S-EXC-04. Fix: describe the execution context and point `mainEntity` at it.
struct ExecutionContextIsDescribed: Check {
    static let name = "executionContextIsDescribed"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root else { return [] }
        return root.locatedValues("mainEntity").compactMap { node, pointer in
            if let id = node.referenceID, crate.entity(id) != nil { return nil }
            return Finding(
                entity: root.label,
                property: "mainEntity",
                pointer: pointer,
                message:
                    "the mainEntity `\(RunRequestSupport.text(node))` of `\(root.label)` does not reference an execution context described in the graph"
            )
        }
    }
}
