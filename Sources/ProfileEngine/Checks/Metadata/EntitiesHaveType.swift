internal import JSONLD
internal import ROCrate

/// Every entity of `@graph` has an `@type`: a string or an array of strings.
///
/// Spec (RO-Crate 1.2, Common principles for RO-Crate entities): "The entity MUST have a `@type`, which MAY be
/// an array." Fix: add `"@type"` with a schema.org type (`Thing` or `CreativeWork` as a fallback).
struct EntitiesHaveType: EntityCheck {
    static let name = "entitiesHaveType"

    let subscription = EntitySubscription.everyEntity

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        if let finding = finding(about: entity) { findings.append(finding) }
    }

    private func finding(about entity: Entity) -> Finding? {
        guard let type = entity.object["@type"] else {
            return Finding(
                entity: entity.label,
                property: "@type",
                pointer: entity.pointer,
                message: "the entity `\(entity.label)` has no `@type`"
            )
        }
        let items = type.value.arrayValue ?? [type]
        guard items.isEmpty || items.contains(where: { $0.value.stringValue == nil }) else { return nil }
        return Finding(
            entity: entity.label,
            property: "@type",
            pointer: entity.pointer.appending("@type"),
            offset: type.offset,
            message: "the `@type` of `\(entity.label)` must be a string or a non-empty array of strings"
        )
    }
}
