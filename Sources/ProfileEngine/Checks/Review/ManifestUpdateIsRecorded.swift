internal import JSONLD
internal import ROCrate

/// A result crate records the regeneration of its BagIt manifests (an UpdateAction, shp:GenerateCheckValue).
///
/// Spec (5s 0.4, Publishing phase, example): `{"@type": "UpdateAction", "additionalType": {"@id":
/// "https://w3id.org/shp#GenerateCheckValue"}, "name": "BagIt manifests of Crate updated", …}`. The spec gives
/// this only as an example, so it is optional. Fix: add that UpdateAction and mention it from the root.
struct ManifestUpdateIsRecorded: Check {
    static let name = "manifestUpdateIsRecorded"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root, crate.actions(in: .generateCheckValue).isEmpty else { return [] }
        return [
            Finding(
                entity: root.label, property: "mentions", pointer: ReviewGraph.pointer(root, "mentions"),
                message: "the crate records no manifest update (no UpdateAction with additionalType shp:GenerateCheckValue)")
        ]
    }
}
