internal import JSONLD
internal import ROCrate

/// A requesting agent that lists `memberOf` lists the responsible project (the root's `sourceOrganization`).
///
/// Spec (5s 0.4, Responsible Project): "The responsible project SHOULD be referenced from the requesting agent's
/// `memberOf`". Fix: add the root's `sourceOrganization` to the agent's `memberOf`.
struct AgentIsMemberOfResponsibleProject: Check {
    static let name = "agentIsMemberOfResponsibleProject"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let projects = Set(crate.projectIDs)
        // No project is 5S-ROOT-05's finding; no memberOf is 5S-AGENT-07's.
        guard !projects.isEmpty else { return [] }
        return RunRequestSupport.agents(in: crate).compactMap { agent in
            guard agent.has("memberOf"), !agent.references("memberOf").contains(where: projects.contains) else { return nil }
            let names = projects.sorted().map { "`\($0)`" }.joined(separator: ", ")
            return Finding(
                entity: agent.label,
                property: "memberOf",
                pointer: agent.pointer.appending("memberOf"),
                message:
                    "no memberOf value of the requesting agent `\(agent.label)` is the responsible project \(names) (the root's sourceOrganization)"
            )
        }
    }
}
