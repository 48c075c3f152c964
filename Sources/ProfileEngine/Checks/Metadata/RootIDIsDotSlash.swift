internal import JSONLD
internal import ROCrate

/// In RO-Crate 1.1 and earlier the root data entity's `@id` is `./`.
///
/// Spec (RO-Crate 1.1, Root Data Entity): "`@id`: MUST end with `/` and SHOULD be the string `./`". In 1.2 the
/// SHOULD ("`./` or an absolute URI") is the same as the MUST of RC-ROOT-02 for attached crates, so 1.2+
/// crates are left to RC-ROOT-02. Fix: `"@id": "./"` (and the descriptor's `about` to match).
struct RootIDIsDotSlash: Check {
    static let name = "rootIDIsDotSlash"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard !crate.isROCrate12OrLater, let root = crate.root, let id = root.id,
            id != "./", id.hasSuffix("/")  // not ending with `/` is RC-ROOT-02's
        else { return [] }
        return [
            Finding(
                entity: id,
                property: "@id",
                pointer: root.pointer.appending("@id"),
                offset: root.object["@id"]?.offset,
                message: "the root data entity's `@id` is `\(id)`, not `./`"
            )
        ]
    }
}
