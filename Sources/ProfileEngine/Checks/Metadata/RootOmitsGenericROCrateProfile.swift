internal import JSONLD
internal import ROCrate

/// The root's `conformsTo` does not name the version-less RO-Crate IRI `https://w3id.org/ro/crate`.
///
/// Spec (RO-Crate 1.2, Referencing other RO-Crates): "It is NOT RECOMMENDED to declare the generic profile
/// `https://w3id.org/ro/crate` on the referencing RO-Crate A's own Root Data Entity". That IRI marks
/// *referenced* crates; a crate's own version belongs on the descriptor. Fix: remove it from the root.
struct RootOmitsGenericROCrateProfile: Check {
    static let name = "rootOmitsGenericROCrateProfile"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let root = context.crate.root else { return [] }
        return root.locatedValues("conformsTo").compactMap { node, pointer in
            guard let iri = node.referenceID ?? node.value.stringValue, MetadataSupport.isGenericROCrateIRI(iri) else {
                return nil
            }
            return Finding(
                entity: root.label,
                property: "conformsTo",
                pointer: pointer,
                offset: node.offset,
                message: "the root data entity declares the version-less `\(iri)` in `conformsTo`"
            )
        }
    }
}
