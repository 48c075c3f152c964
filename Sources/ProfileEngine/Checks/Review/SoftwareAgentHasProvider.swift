internal import JSONLD
internal import ROCrate

/// A SoftwareApplication acting as agent of a review action names the TRE Organization with `provider`.
///
/// Spec (5s 0.4, Review process): "A `SoftwareApplication` acting on behalf of a TRE MUST include a reference
/// to the TRE `Organization` using `provider`." Not checked by PR 167. Fix: add
/// `"provider": {"@id": "https://tre72.example.com/"}` and describe that Organization.
struct SoftwareAgentHasProvider: Check {
    static let name = "softwareAgentHasProvider"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return ReviewAgents.described(in: crate).compactMap { _, agent in
            guard crate.hasType(agent, "SoftwareApplication") else { return nil }
            let providers = agent.references("provider")
            if providers.contains(where: { crate.isEntity($0, ofType: "Organization") }) { return nil }
            let message =
                providers.isEmpty
                ? "the software agent `\(agent.label)` has no provider naming the TRE Organization it acts for"
                : "the provider of the software agent `\(agent.label)` is not a described Organization"
            return Finding(entity: agent.label, property: "provider", pointer: ReviewGraph.pointer(agent, "provider"), message: message)
        }
    }
}
