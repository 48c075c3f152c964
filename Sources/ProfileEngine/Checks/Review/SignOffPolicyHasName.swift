internal import JSONLD
internal import ROCrate

/// The agreement policy a SignOff uses as `instrument` has a human-readable `name`.
///
/// Spec (5s 0.4, Sign-off phase, example): `{"@id": "https://tre72.example.com/agreement-policy/81",
/// "@type": "CreativeWork", "name": "Agreement policy for TRE72 for project 81"}`. Whether the instrument is a
/// described CreativeWork is 5S-SIGN-08. Fix: add a `name` to the policy entity.
struct SignOffPolicyHasName: Check {
    static let name = "signOffPolicyHasName"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var seen = Set<String>()
        return crate.actions(in: .signOff).flatMap { action in
            action.references("instrument").compactMap { id -> Finding? in
                guard seen.insert(id).inserted, let policy = crate.entity(id), !ReviewGraph.hasText(policy, "name") else { return nil }
                return Finding(
                    entity: id, property: "name", pointer: ReviewGraph.pointer(policy, "name"),
                    message: "the agreement policy `\(id)` used by the sign-off `\(action.label)` has no name")
            }
        }
    }
}
