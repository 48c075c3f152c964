internal import JSONLD
internal import ROCrate

/// The agents of review actions are a Person, an Organization or a SoftwareApplication.
///
/// Spec (5s 0.4, Review process): "The main actor performing the assessment SHOULD be listed under _agent_
/// and refer to either a `Organization` …, `Person` … or a SoftwareApplication". Fix: type the agent entity
/// `Person`, `Organization` or `SoftwareApplication`.
struct ReviewAgentHasActorType: Check {
    static let name = "reviewAgentHasActorType"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return ReviewAgents.described(in: crate).compactMap { reference, agent in
            let types = ["Person", "Organization", "SoftwareApplication"]
            guard !types.contains(where: { crate.hasType(agent, $0) }) else { return nil }
            return Finding(
                entity: agent.label, property: "@type", pointer: ReviewGraph.pointer(agent, "@type"),
                message: "the agent `\(agent.label)` of `\(reference.action.label)` is not a Person, Organization or SoftwareApplication")
        }
    }
}
