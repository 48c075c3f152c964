internal import JSONLD
internal import ROCrate

/// Every process has an `agent`, each described as a `Person` or `Organization`.
///
/// Spec (5s 1.0-WD, Process Shape): `agent` MUST: "The people or organisations that directly performed or operated
/// the process, each described in the RO-Crate as a `Person` or `Organization`." Fix: add the performer and
/// describe it.
struct ProcessAgentsArePeopleOrOrganizations: Check {
    static let name = "processAgentsArePeopleOrOrganizations"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.processes.flatMap { process -> [Finding] in
            let agents = process.values("agent")
            guard !agents.isEmpty else {
                return [
                    Finding(
                        entity: process.label, property: "agent", pointer: process.pointer,
                        message: "the process `\(process.label)` has no agent (who performed it)")
                ]
            }
            return agents.compactMap { node in
                if let id = node.referenceID, crate.isPersonOrOrganization(id) { return nil }
                let shown = node.referenceID ?? node.value.stringValue ?? node.value.kindName
                return Finding(
                    entity: process.label, property: "agent", pointer: process.pointer.appending("agent"),
                    message: "the agent `\(shown)` of `\(process.label)` is not a Person or Organization described in the crate")
            }
        }
    }
}
