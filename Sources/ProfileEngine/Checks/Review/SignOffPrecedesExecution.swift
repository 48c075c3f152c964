internal import JSONLD
internal import ROCrate

/// A result crate records a sign-off, and the sign-off ended before the workflow run began.
///
/// Spec (5s 0.4, Sign-off phase): "Before executing a Five Safes RO-Crate, the TRE SHOULD check if the
/// requesting agent is permitted to execute the particular workflow on behalf of the responsible project."
/// Not expected of request crates (catalogue D11). Fix: add the SignOff AssessAction, mention it from the root,
/// and sign off before execution starts.
struct SignOffPrecedesExecution: Check {
    static let name = "signOffPrecedesExecution"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let presence = ReviewGraph.presenceFindings(
            of: .signOff, in: crate,
            missing: "the crate records no sign-off phase (no action with additionalType shp:SignOff)",
            unmentioned: "no action with additionalType shp:SignOff is listed in the root's mentions"
        )
        let order = ReviewOrder.findings(rule: Lifecycle.Rule.signOffBeforeExecution, in: crate) { signOff, run in
            "the sign-off `\(signOff)` ends after the workflow run `\(run)` began; sign-off happens before execution"
        }
        return presence + order
    }
}
