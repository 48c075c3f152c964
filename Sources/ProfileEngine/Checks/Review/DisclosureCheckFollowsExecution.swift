internal import JSONLD
internal import ROCrate

/// A result crate records a disclosure check, and it began after the workflow run ended.
///
/// Spec (5s 0.4, Disclosure phase): "Before workflow results are returned from the TRE, a disclosure check
/// SHOULD be performed, e.g. to verify the workflow execution has not revealed sensitive data." A check of the
/// results cannot begin before the run that makes them has ended. Not expected of request crates (catalogue
/// D11). Fix: add the DisclosureCheck AssessAction, mention it from the root, and record its real times.
struct DisclosureCheckFollowsExecution: Check {
    static let name = "disclosureCheckFollowsExecution"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let presence = ReviewGraph.presenceFindings(
            of: .disclosureCheck, in: crate,
            missing: "the crate records no disclosure phase (no action with additionalType shp:DisclosureCheck)",
            unmentioned: "no action with additionalType shp:DisclosureCheck is listed in the root's mentions"
        )
        let order = ReviewOrder.findings(rule: Lifecycle.Rule.disclosureAfterExecution, in: crate) { run, disclosure in
            "the disclosure check `\(disclosure)` began before the workflow run `\(run)` ended; it must check the finished results"
        }
        return presence + order
    }
}
