public import FiveSafesDiagnostics
public import ROCrate

extension RequestResultPhase {
    /// The phase a crate is in, from what it claims to be: a request unless it records the TRE's own review,
    /// consistently.
    ///
    /// A crate is a result (a request under review, or after it) when it claims review (a review action, or a run
    /// that has begun) *and* that review is consistent with a TRE having done it: the TRE's first act, the check
    /// phase (5S-CHK-01), is recorded, and a run that has begun was signed off (5S-SIGN-01). Anything else is a
    /// request, so a client-made sign-off or approval in a request is judged by the request rules (5S-SEC-05
    /// reports it) instead of turning the request into a "valid result".
    public static func detect(in crate: Crate) -> RequestResultPhase {
        let runBegun = crate.runActions.contains { crate.actionStatus(of: $0)?.hasBegun ?? false }
        let reviewActions = crate.reviewActions
        guard runBegun || !reviewActions.isEmpty else { return .request }
        let checked = !LifecyclePhase.check.actions(in: crate).isEmpty
        let signedOff = LifecycleState(crate)[.signOff] == .completed
        return checked && (!runBegun || signedOff) ? .result : .request
    }
}
