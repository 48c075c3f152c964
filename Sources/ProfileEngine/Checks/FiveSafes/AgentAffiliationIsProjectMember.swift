internal import JSONLD
internal import ROCrate

/// When the responsible project lists `member`s, an `affiliation` of each requesting agent that is `memberOf`
/// the project is one of them.
///
/// Spec (5s 0.4, Responsible Project): "The project MAY indicate the `member` organisations, in which case one of
/// them SHOULD match the `affiliation` of the Requesting Agent with a `memberOf` to this project".
/// Fix: list the agent's affiliation among the project's members (or correct the affiliation).
struct AgentAffiliationIsProjectMember: Check {
    static let name = "agentAffiliationIsProjectMember"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let agents = RunRequestSupport.agents(in: crate)
        return crate.projectIDs.compactMap(crate.entity).flatMap { project -> [Finding] in
            let members = Set(project.references("member"))
            guard !members.isEmpty, let projectID = project.id else { return [] }
            return agents.compactMap { agent in
                let affiliations = agent.references("affiliation")
                guard agent.references("memberOf").contains(projectID), !affiliations.isEmpty,
                    !affiliations.contains(where: members.contains)
                else { return nil }
                return Finding(
                    entity: agent.label,
                    property: "affiliation",
                    pointer: agent.pointer.appending("affiliation"),
                    message: "no affiliation of the requesting agent `\(agent.label)` is a member of the responsible project `\(projectID)`"
                )
            }
        }
    }
}
