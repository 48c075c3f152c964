internal import JSONLD
internal import ROCrate

/// In a detached crate the root data entity's `@id` is an absolute URL.
///
/// Spec (RO-Crate 1.2, Detached RO-Crate Package): "the root data entity SHOULD have an @id which is an
/// absolute URL if it is available online. If it is not yet, or will never be available online then @id
/// MAY be any valid URI - including `./`." Whether the crate is online cannot be known, so a relative root
/// id is reported at SHOULD level and the message names the exception. Fix: use the crate's URL as root
/// `@id` (and in the descriptor's `about`).
struct DetachedRootIDIsAbsolute: Check {
    static let name = "detachedRootIDIsAbsolute"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard DetachedCrate.applies(to: crate), let root = crate.root, let id = root.id,
            !DataEntityScope.isAbsoluteURI(id)
        else { return [] }
        return [
            Finding(
                entity: id, property: "@id", pointer: root.pointer.appending("@id"),
                message:
                    "the root `\(id)` of the detached crate `\(crate.fileName)` is not an absolute URL (acceptable only if the crate is not available online)"
            )
        ]
    }
}
