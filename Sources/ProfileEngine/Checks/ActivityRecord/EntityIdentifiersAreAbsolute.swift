internal import JSONLD
internal import ROCrate

/// Every entity but the descriptor, the root and contained `File`/`Dataset` entities has an absolute IRI as `@id`.
///
/// Spec (5s 1.0-WD, Entity Identifiers): "Every entity described as a separate node in `@graph` MUST have an
/// absolute IRI as its `@id`, with three exceptions: the metadata descriptor …; the Root Data Entity, and
/// contained `File` or `Dataset` entities (their relative payload paths). A UUID URN is sufficient." A `#local`
/// or `_:` id is not absolute. Fix: `urn:uuid:…`, or the record IRI with the local name as fragment.
struct EntityIdentifiersAreAbsolute: Check {
    static let name = "entityIdentifiersAreAbsolute"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let exempt = Set([crate.descriptor?.index, crate.root?.index].compactMap { $0 })
        return crate.entities.compactMap { entity in
            guard let id = entity.id, !exempt.contains(entity.index), !Crate.isAbsoluteIRI(id) else { return nil }
            let contained = !id.hasPrefix("#") && !id.hasPrefix("_:")
            if contained, crate.hasType(entity, "File") || crate.hasType(entity, "Dataset") { return nil }
            return Finding(
                entity: id, property: "@id", pointer: entity.pointer.appending("@id"),
                message: "the @id `\(id)` is not an absolute IRI; only contained File and Dataset entities may use a relative path")
        }
    }
}
