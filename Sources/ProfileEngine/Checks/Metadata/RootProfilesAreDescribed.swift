internal import JSONLD
internal import ROCrate

/// In RO-Crate 1.2+ every value of the root's `conformsTo` references a described entity typed `Profile`.
///
/// Spec (RO-Crate 1.2, Profiles): "Each profile listed in `conformsTo` on the Root Data Entity MUST link to a
/// corresponding contextual entity for the profile" and "The `@type` MUST include Profile". Fix: add
/// `{"@id": "<profile IRI>", "@type": ["CreativeWork", "Profile"], "name": "…"}` to `@graph`.
struct RootProfilesAreDescribed: Check {
    static let name = "rootProfilesAreDescribed"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.isROCrate12OrLater, let root = crate.root else { return [] }
        return root.locatedValues("conformsTo").compactMap { node, pointer in
            let finding = { (message: String) in
                Finding(
                    entity: root.label,
                    property: "conformsTo",
                    pointer: pointer,
                    offset: node.offset,
                    message: message
                )
            }
            guard let id = node.referenceID else {
                let text = node.value.stringValue.map { "`\($0)`" } ?? "a \(node.value.kindName)"
                return finding(
                    "the root's `conformsTo` value \(text) is not a {\"@id\": …} reference to a Profile entity"
                )
            }
            if MetadataSupport.isGenericROCrateIRI(id) { return nil }  // RC-PROF-03
            guard let profile = crate.entity(id) else {
                return finding("the profile `\(id)` in the root's `conformsTo` is not described in `@graph`")
            }
            guard !crate.hasType(profile, "Profile") else { return nil }
            return finding("the profile `\(id)` in the root's `conformsTo` is described without the type `Profile`")
        }
    }
}
