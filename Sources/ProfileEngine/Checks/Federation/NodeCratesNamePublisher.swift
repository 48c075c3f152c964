internal import JSONLD
internal import ROCrate

/// Every node provenance RO-Crate names the organisation that published it.
///
/// Spec (5s 1.0-WD, Node Provenance RO-Crates): `publisher` "SHOULD identify the `Organization` that published the
/// node provenance RO-Crate". Fix: copy the node RO-Crate's `publisher` and describe it as an `Organization`.
struct NodeCratesNamePublisher: Check {
    static let name = "nodeCratesNamePublisher"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.nodeCrateReferences.compactMap { node in
            let publishers = node.references("publisher")
            if publishers.contains(where: { crate.isEntity($0, ofType: "Organization") }) { return nil }
            let message =
                publishers.isEmpty
                ? "the node provenance RO-Crate `\(node.label)` has no publisher"
                : "the publisher of the node provenance RO-Crate `\(node.label)` is not a described Organization"
            return Finding(
                entity: node.label, property: "publisher",
                pointer: node.has("publisher") ? node.pointer.appending("publisher") : node.pointer, message: message)
        }
    }
}
