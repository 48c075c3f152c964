internal import JSONLD
internal import ROCrate

/// The metadata descriptor's `conformsTo` references a versioned RO-Crate permalink (one value in 1.2+).
///
/// Spec (RO-Crate 1.2, Root Data Entity): "The conformsTo of the RO-Crate Metadata Descriptor SHOULD have a
/// single value which is a versioned permalink URI of the RO-Crate specification that the RO-Crate JSON-LD
/// conforms to. The URI SHOULD start with `https://w3id.org/ro/crate/`." In 1.1 it MAY be an array that also
/// names profiles. Fix: `"conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}`; profiles go on the root.
struct DescriptorConformsToROCrate: Check {
    static let name = "descriptorConformsToROCrate"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let descriptor = crate.descriptor else { return [] }  // RC-DESC-01
        let label = descriptor.label
        let values = descriptor.locatedValues("conformsTo")
        guard !values.isEmpty else {
            return [
                Finding(
                    entity: label,
                    property: "conformsTo",
                    pointer: descriptor.pointer,
                    message: "the metadata descriptor `\(label)` has no `conformsTo` naming the RO-Crate version"
                )
            ]
        }
        var findings: [Finding] = []
        for (node, pointer) in values {
            if let text = node.value.stringValue, MetadataSupport.isVersionedROCratePermalink(text) {
                findings.append(
                    Finding(
                        entity: label,
                        property: "conformsTo",
                        pointer: pointer,
                        offset: node.offset,
                        message:
                            "the `conformsTo` `\(text)` of the metadata descriptor is a string, not a {\"@id\": …} reference"
                    )
                )
            }
        }
        let permalinks = values.compactMap(\.node.referenceID).filter(MetadataSupport.isVersionedROCratePermalink)
        if permalinks.isEmpty && findings.isEmpty {
            findings.append(
                Finding(
                    entity: label,
                    property: "conformsTo",
                    pointer: descriptor.pointer.appending("conformsTo"),
                    offset: descriptor.object["conformsTo"]?.offset,
                    message:
                        "the `conformsTo` of the metadata descriptor names no versioned RO-Crate permalink such as `https://w3id.org/ro/crate/1.2`"
                )
            )
        }
        if crate.isROCrate12OrLater && values.count > 1 {
            findings.append(
                Finding(
                    entity: label,
                    property: "conformsTo",
                    pointer: descriptor.pointer.appending("conformsTo"),
                    offset: descriptor.object["conformsTo"]?.offset,
                    message:
                        "the `conformsTo` of the metadata descriptor has \(values.count) values; since RO-Crate 1.2 it names only the RO-Crate version",
                    fix:
                        "Keep {\"@id\": \"https://w3id.org/ro/crate/1.2\"} on the descriptor and move profiles to the root's conformsTo"
                )
            )
        }
        return findings
    }
}
