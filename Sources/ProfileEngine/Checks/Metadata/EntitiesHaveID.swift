internal import JSONLD
internal import ROCrate

/// Every entity of `@graph` has an `@id` that is a string.
///
/// Spec (RO-Crate 1.2, Common principles for RO-Crate entities): "The entity MUST have an `@id`". In flattened
/// JSON-LD every node object has one (1.1). Fix: give the entity an `@id` (`#name` for local entities).
struct EntitiesHaveID: EntityCheck {
    static let name = "entitiesHaveID"

    let subscription = EntitySubscription.everyEntity

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        if let finding = finding(about: entity) { findings.append(finding) }
    }

    private func finding(about entity: Entity) -> Finding? {
        guard let id = entity.object["@id"] else {
            return Finding(
                entity: entity.label,
                property: "@id",
                pointer: entity.pointer,
                message: "the entity at `\(entity.pointer)` has no `@id`"
            )
        }
        guard id.value.stringValue == nil else { return nil }
        return Finding(
            entity: entity.label,
            property: "@id",
            pointer: entity.pointer.appending("@id"),
            offset: id.offset,
            message: "the `@id` of the entity at `\(entity.pointer)` is a \(id.value.kindName), not a string"
        )
    }
}
