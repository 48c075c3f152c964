internal import JSONLD
internal import ROCrate

/// No two entities of `@graph` have the same `@id`.
///
/// Spec (RO-Crate 1.2, Appendix JSON-LD): entities are JSON objects in the flat `@graph`, one per identifier;
/// flattening merges node objects with the same `@id`, so a second description is not flattened JSON-LD.
/// Fix: merge the descriptions into one entity, or give one of them another `@id`.
struct EntityIDsAreUnique: Check {
    static let name = "entityIDsAreUnique"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.duplicateIDs.sorted { $0.value[0] < $1.value[0] }.flatMap { id, positions in
            let first = crate.entities[positions[0]].pointer
            return positions.dropFirst().map { position in
                let entity = crate.entities[position]
                return Finding(
                    entity: id,
                    property: "@id",
                    pointer: entity.pointer.appending("@id"),
                    offset: entity.object["@id"]?.offset,
                    message:
                        "the `@id` `\(id)` is used again at `\(entity.pointer)`; the first entity with it is at `\(first)`"
                )
            }
        }
    }
}
