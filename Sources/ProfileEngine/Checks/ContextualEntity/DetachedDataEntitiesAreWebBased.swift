internal import JSONLD
internal import ROCrate

/// In a detached crate every data entity is web-based (has an absolute URI).
///
/// Spec (RO-Crate 1.2, Detached RO-Crate Package): "Any data entities in a Detached RO-Crate Package MUST
/// be Web-based Data Entities." `#` identifiers are contextual and allowed. Fix: give the file or folder
/// its absolute URL as `@id` (RO-Crate 1.2 appendix: flatten with an `@base`, e.g. `arcp://uuid,<uuid>/`).
struct DetachedDataEntitiesAreWebBased: Check {
    static let name = "detachedDataEntitiesAreWebBased"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard DetachedCrate.applies(to: crate) else { return [] }
        return context.dataEntities.compactMap { entity in
            guard let id = entity.id, DataEntityScope.isLocal(entity) else { return nil }
            return Finding(
                entity: id, property: "@id", pointer: entity.pointer.appending("@id"),
                message:
                    "the data entity `\(id)` has a relative `@id`, but in a detached crate (`\(crate.fileName)`) every data entity must have an absolute URI"
            )
        }
    }
}
