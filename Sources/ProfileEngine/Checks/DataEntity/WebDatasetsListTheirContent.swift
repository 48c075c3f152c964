internal import JSONLD
internal import ROCrate

/// A web-based `Dataset` (absolute URI) lists its content with `hasPart`, offers a `distribution`, or is
/// itself an RO-Crate.
///
/// Spec (RO-Crate 1.2, Directories on the web): "It is RECOMMENDED that such directories have a complete
/// listing of their content in hasPart, enabling download traversal, or are themselves RO-Crates" and
/// "Directories on the web SHOULD also provide distribution". Counted as an RO-Crate: a `conformsTo` to an
/// RO-Crate profile (`https://w3id.org/ro/crate…`, or a `…ro-crate…` profile such as Workflow RO-Crate) or a
/// `subjectOf` naming its metadata document. Fix: add `"distribution": {"@id": "<archive URL>"}` (a
/// `DataDownload`), or list the content in `hasPart`.
struct WebDatasetsListTheirContent: Check {
    static let name = "webDatasetsListTheirContent"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return context.dataEntities.compactMap { entity in
            guard !DataEntityScope.isLocal(entity), crate.hasType(entity, "Dataset") else { return nil }
            if entity.has("hasPart") || entity.has("distribution") || entity.has("subjectOf") { return nil }
            let profiles = entity.references("conformsTo") + entity.strings("conformsTo")
            if profiles.contains(where: { $0.contains("w3id.org/ro/crate") || $0.contains("ro-crate") }) { return nil }
            return Finding(
                entity: entity.label, property: "distribution", pointer: entity.pointer,
                message: "the web-based Dataset `\(entity.label)` has neither `hasPart`, `distribution` nor an RO-Crate `conformsTo`")
        }
    }
}
