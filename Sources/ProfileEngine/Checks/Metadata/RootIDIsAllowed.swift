internal import JSONLD
internal import ROCrate

/// The root data entity's `@id` has an allowed form: RO-Crate 1.2+ `./` or an absolute URI; 1.1 ends with `/`.
///
/// Spec (RO-Crate 1.2, Structure): "The `@id` of the Root Data Entity in an Attached RO-Crate Package MUST be
/// either `./` or be a URI"; (1.1, Root Data Entity): "`@id`: MUST end with `/`". A crate that declares no
/// version passes with either form. Fix: `"@id": "./"` (and the descriptor's `about` to match).
struct RootIDIsAllowed: Check {
    static let name = "rootIDIsAllowed"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root, let id = root.id else { return [] }
        let current = id == "./" || MetadataSupport.isAbsoluteIRI(id)
        let legacy = id.hasSuffix("/")
        let message: String
        if crate.isROCrate12OrLater {
            guard !current else { return [] }
            message = "the root data entity's `@id` `\(id)` is neither `./` nor an absolute URI"
        } else if crate.roCrateVersion != nil {
            guard !legacy else { return [] }
            message = "the root data entity's `@id` `\(id)` does not end with `/`"
        } else {
            guard !current && !legacy else { return [] }
            message =
                "the root data entity's `@id` `\(id)` is neither `./`, an absolute URI, nor a path ending with `/`"
        }
        return [
            Finding(
                entity: id,
                property: "@id",
                pointer: root.pointer.appending("@id"),
                offset: root.object["@id"]?.offset,
                message: message
            )
        ]
    }
}
