internal import JSONLD
internal import ROCrate

/// No property value is an array with a single element.
///
/// Spec (RO-Crate 1.2, Appendix JSON-LD): "as the RO-Crate JSON-LD is in compacted form, any single-element
/// arrays like `"author": [{"@id": "#alice"}]` SHOULD be unpacked to a single value". Fix: drop the brackets.
struct SingleValuesAreUnpacked: EntityCheck {
    static let name = "singleValuesAreUnpacked"

    let subscription = EntitySubscription.everyEntity

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        for member in entity.object.members {
            guard member.key != "@id", member.key != "@context",
                let items = member.value.value.arrayValue, items.count == 1
            else { continue }
            findings.append(
                Finding(
                    entity: entity.label,
                    property: member.key,
                    pointer: entity.pointer.appending(member.key),
                    offset: member.value.offset,
                    message: "`\(member.key)` of `\(entity.label)` is an array with a single value"
                ))
        }
    }
}
