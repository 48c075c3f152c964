internal import JSONLD
internal import ROCrate

/// The agents of the review actions, each `@id` once, with where it is first referenced.
enum ReviewAgents {
    struct Reference {
        let action: Entity
        let id: String?
        let node: JSONNode
        let pointer: JSONPointer
    }

    /// Every `agent` value of every review action; references with the same `@id` only the first time.
    static func references(in crate: Crate) -> [Reference] {
        var seen = Set<String>()
        return crate.reviewActions.flatMap { action in
            action.locatedValues("agent").compactMap { node, pointer -> Reference? in
                let id = node.referenceID
                if let id, !seen.insert(id).inserted { return nil }
                return Reference(action: action, id: id, node: node, pointer: pointer)
            }
        }
    }

    /// The described agent entities of the review actions.
    static func described(in crate: Crate) -> [(reference: Reference, agent: Entity)] {
        references(in: crate).compactMap { reference in
            guard let id = reference.id, let agent = crate.entity(id) else { return nil }
            return (reference, agent)
        }
    }
}
