internal import JSONLD
internal import ROCrate

/// The metadata descriptor's `about` is exactly one reference to an entity of the graph (the root).
///
/// Spec (RO-Crate 1.2, Root Data Entity): "This descriptor MUST have an about property referencing the Root
/// Data Entity's `@id`." Fix: `"about": {"@id": "./"}` on the descriptor, with `./` described in `@graph`.
struct DescriptorIsAboutRoot: Check {
    static let name = "descriptorIsAboutRoot"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let descriptor = crate.descriptor else { return [] }  // RC-DESC-01
        let label = descriptor.label
        let values = descriptor.locatedValues("about")
        guard !values.isEmpty else {
            return [
                Finding(
                    entity: label,
                    property: "about",
                    pointer: descriptor.pointer,
                    message: "the metadata descriptor `\(label)` has no `about`, so the crate has no root data entity"
                )
            ]
        }
        if values.count > 1 {
            return [
                Finding(
                    entity: label,
                    property: "about",
                    pointer: descriptor.pointer.appending("about"),
                    offset: descriptor.object["about"]?.offset,
                    message:
                        "the metadata descriptor `\(label)` has \(values.count) `about` values; it must name exactly one root data entity"
                )
            ]
        }
        let (node, pointer) = values[0]
        guard let id = node.referenceID else {
            return [
                Finding(
                    entity: label,
                    property: "about",
                    pointer: pointer,
                    offset: node.offset,
                    message: "the `about` of the metadata descriptor `\(label)` is not a {\"@id\": …} reference"
                )
            ]
        }
        guard crate.entity(id) == nil else { return [] }
        return [
            Finding(
                entity: label,
                property: "about",
                pointer: pointer,
                offset: node.offset,
                message: "the metadata descriptor is about `\(id)`, which is not described in `@graph`"
            )
        ]
    }
}
