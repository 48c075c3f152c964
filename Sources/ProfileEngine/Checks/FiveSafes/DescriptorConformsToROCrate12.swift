internal import JSONLD
internal import ROCrate

/// The metadata descriptor's `conformsTo` declares RO-Crate 1.2 or a later minor version.
///
/// Spec (5s 0.4, Metadata file expectations): "The compliant RO-Crate version MUST be declared in the metadata
/// file descriptor". Fix: `"conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}` on `ro-crate-metadata.json`.
struct DescriptorConformsToROCrate12: Check {
    static let name = "descriptorConformsToROCrate12"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let descriptor = context.crate.descriptor else { return [] }
        let values = descriptor.locatedValues("conformsTo")
        guard !values.isEmpty else {
            return [
                Finding(
                    entity: descriptor.label, property: "conformsTo", pointer: descriptor.pointer,
                    message: "the metadata descriptor `\(descriptor.label)` has no conformsTo declaring the RO-Crate version")
            ]
        }
        let iris = values.compactMap { $0.node.referenceID ?? $0.node.value.stringValue }
        let found = iris.contains { iri in
            (RunRequestSupport.roCrateMinorVersion(of: iri, suffixes: ["", "/"]) ?? 0) >= 2
        }
        guard !found else { return [] }
        let declared = values.map { "`\(RunRequestSupport.text($0.node))`" }.joined(separator: ", ")
        return [
            Finding(
                entity: descriptor.label, property: "conformsTo", pointer: descriptor.pointer.appending("conformsTo"),
                message:
                    "the metadata descriptor `\(descriptor.label)` declares conformsTo \(declared), not RO-Crate 1.2 or a later minor version"
            )
        ]
    }
}
