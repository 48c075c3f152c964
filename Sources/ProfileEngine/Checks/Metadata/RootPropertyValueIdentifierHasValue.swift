internal import JSONLD
internal import ROCrate

/// A `PropertyValue` that the root names as its `identifier` has a `value`.
///
/// Spec (RO-Crate 1.2, Root Data Entity identifier): an `identifier` given as an `@id` reference "SHOULD be
/// represented as a PropertyValue entity which MUST have a human readable `value`". Fix: add
/// `"value": "doi:10.…"` (and `url` when the identifier resolves) to the PropertyValue.
struct RootPropertyValueIdentifierHasValue: Check {
    static let name = "rootPropertyValueIdentifierHasValue"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root else { return [] }
        return root.references("identifier").compactMap { id in
            guard let value = crate.entity(id), crate.hasType(value, "PropertyValue") else { return nil }
            let texts = value.values("value").compactMap { node -> String? in
                if case .number(let number) = node.value { return number }
                return node.value.stringValue
            }
            guard !texts.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { return nil }
            return Finding(
                entity: value.label,
                property: "value",
                pointer: value.pointer,
                message: "the identifier `\(value.label)` of the root data entity is a PropertyValue without a `value`"
            )
        }
    }
}
