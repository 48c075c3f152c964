internal import JSONLD
internal import ROCrate

/// The graph has the metadata descriptor `ro-crate-metadata.json`, typed `CreativeWork`.
///
/// Spec (RO-Crate 1.2, Root Data Entity): "The RO-Crate Metadata Document MUST contain a self-describing
/// RO-Crate Metadata Descriptor with the `@id` value `ro-crate-metadata.json` (or `ro-crate-metadata.jsonld` in
/// legacy crates for RO-Crate 1.0 or older) and `@type` CreativeWork." Fix: add
/// `{"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}, "conformsTo": …}`.
struct DescriptorIsCreativeWork: Check {
    static let name = "descriptorIsCreativeWork"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let descriptor = crate.descriptor else {
            return [
                Finding(
                    pointer: JSONPointer(tokens: ["@graph"]),
                    offset: crate.top["@graph"]?.offset,
                    message: "`@graph` has no metadata descriptor entity with the `@id` `ro-crate-metadata.json`"
                )
            ]
        }
        var findings: [Finding] = []
        let id = descriptor.id ?? ""
        if id != "ro-crate-metadata.json" && !(id == "ro-crate-metadata.jsonld" && Self.allowsLegacyName(crate)) {
            findings.append(
                Finding(
                    entity: descriptor.label,
                    property: "@id",
                    pointer: descriptor.pointer.appending("@id"),
                    offset: descriptor.object["@id"]?.offset,
                    message: "the metadata descriptor's `@id` is `\(id)`, not `ro-crate-metadata.json`",
                    fix: "Use \"@id\": \"ro-crate-metadata.json\" for the descriptor (also in detached crates)"
                )
            )
        }
        if !crate.hasType(descriptor, "CreativeWork") {
            findings.append(
                Finding(
                    entity: descriptor.label,
                    property: "@type",
                    pointer: descriptor.has("@type") ? descriptor.pointer.appending("@type") : descriptor.pointer,
                    message: "the metadata descriptor `\(descriptor.label)` is not a `CreativeWork`",
                    fix: "Set \"@type\": \"CreativeWork\" on the metadata descriptor"
                )
            )
        }
        return findings
    }

    /// `ro-crate-metadata.jsonld` is allowed for crates of RO-Crate 1.0 or older (or that declare no version).
    static func allowsLegacyName(_ crate: Crate) -> Bool {
        guard let version = crate.roCrateVersion else { return true }
        guard let numbers = MetadataSupport.versionNumbers(version) else { return false }
        return numbers.major < 1 || (numbers.major == 1 && numbers.minor == 0)
    }
}
