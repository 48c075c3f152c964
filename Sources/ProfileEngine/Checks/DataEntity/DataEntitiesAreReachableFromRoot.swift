internal import JSONLD
internal import ROCrate

/// Every data entity is linked from the root data entity through `hasPart`, directly or indirectly.
///
/// Spec (RO-Crate 1.2, Data Entities): "Where files and folders are represented as Data Entities in the
/// RO-Crate JSON-LD, these MUST be linked to, either directly or indirectly, from the Root Data Entity
/// using the hasPart property." Files referenced only as `thumbnail`s are exempt ("they need not be
/// referenced by hasPart"), and so is the RO-Crate Website, which must not be in `hasPart` (RC-DE-10).
/// Fix: add `{"@id": "<path>"}` to the `hasPart` of the root or of the `Dataset` that holds it.
struct DataEntitiesAreReachableFromRoot: Check {
    static let name = "dataEntitiesAreReachableFromRoot"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.root != nil else { return [] }
        let reach = context.reachFromRoot
        return context.dataEntities.compactMap { entity in
            guard let id = entity.id, !reach.contains(entity, in: crate) else { return nil }
            if DataEntityScope.isLocal(entity), DataEntityScope.isPreviewPath(DataEntityScope.payloadPath(of: id)) {
                return nil
            }
            let references = crate.references(to: id)
            if !references.isEmpty, references.allSatisfy({ $0.property == "thumbnail" }) { return nil }
            let kind = crate.hasType(entity, "Dataset") ? "Dataset" : "File"
            return Finding(
                entity: id,
                property: "hasPart",
                pointer: entity.pointer,
                message: "the \(kind) `\(id)` is not linked from the root data entity through `hasPart`"
            )
        }
    }
}
