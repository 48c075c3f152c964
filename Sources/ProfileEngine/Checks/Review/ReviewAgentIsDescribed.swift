internal import JSONLD
internal import ROCrate

/// Every agent of a review action is a contextual entity with at least a `name`.
///
/// Spec (5s 0.4, Review process): "There may be multiple actors appearing as `agent` for different actions,
/// each of which should be listed as contextual entities with at least `name`." Fix: reference the agent as
/// `{"@id": …}` and add an entity with that `@id`, a `@type` and a `name`.
struct ReviewAgentIsDescribed: Check {
    static let name = "reviewAgentIsDescribed"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return ReviewAgents.references(in: crate).compactMap { reference in
            let action = reference.action.label
            guard let id = reference.id else {
                return Finding(
                    entity: action, property: "agent", pointer: reference.pointer, offset: reference.node.offset,
                    message: "an agent of `\(action)` is not an {\"@id\"} reference to a described entity")
            }
            guard let agent = crate.entity(id) else {
                return Finding(
                    entity: action, property: "agent", pointer: reference.pointer, offset: reference.node.offset,
                    message: "the agent `\(id)` of `\(action)` is not described in the graph")
            }
            guard !ReviewGraph.hasText(agent, "name") else { return nil }
            return Finding(
                entity: id, property: "name", pointer: ReviewGraph.pointer(agent, "name"),
                message: "the agent `\(id)` of `\(action)` has no name")
        }
    }
}
