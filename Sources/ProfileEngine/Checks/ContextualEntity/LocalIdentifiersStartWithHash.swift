internal import JSONLD
internal import ROCrate

/// A contextual entity without a URI of its own has a `#` local identifier (or a `_:` blank node id).
///
/// Spec (RO-Crate 1.2, appendix RO-Crate JSON-LD, and Contextual Entities): "If the entity has a name …
/// an @id starting with # SHOULD be used"; "For un-named entities … a blank node identifier (e.g.
/// `_:alice`) SHOULD be used." A bare relative id such as `alice` is a file path to JSON-LD, so it
/// resolves against the crate root as if it were a payload file. Not flagged: absolute URIs, `#` and `_:`
/// ids, data entities, the descriptor and root, files of the payload or of the RO-Crate Website, and
/// metadata documents of nested crates. Which permalink (ORCID, ROR) to prefer is a judgement, not
/// checked. Fix: use `#<name>` (e.g. `#alice`) or the entity's permalink.
struct LocalIdentifiersStartWithHash: Check {
    static let name = "localIdentifiersStartWithHash"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let special = DataEntityScope.specialIDs(in: crate)
        return crate.entities.compactMap { entity in
            guard let id = entity.id, !context.isDataEntity(entity), DataEntityScope.isURIPath(id), !special.contains(id),
                !DataEntityScope.isCrateRootPath(id)
            else { return nil }
            let path = DataEntityScope.payloadPath(of: id)
            if DataEntityScope.isPreviewPath(path) || path.hasSuffix("ro-crate-metadata.json")
                || path.hasSuffix("ro-crate-metadata.jsonld")
            {
                return nil
            }
            if let payload = context.payload, payload.files[path] != nil || payload.directories.contains(path) {
                return nil
            }
            return Finding(
                entity: id, property: "@id", pointer: entity.pointer.appending("@id"),
                message: "the contextual entity `\(id)` has a relative identifier; use `#\(id)` or an absolute URI")
        }
    }
}
