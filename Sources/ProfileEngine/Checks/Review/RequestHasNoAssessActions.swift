internal import JSONLD
internal import ROCrate

/// A request crate carries no review action: only the TRE records assessments.
///
/// Spec (5s 0.4, Security considerations): implementers "MUST remove references to any client-submitted
/// _AssessAction_s, as these could be used to bypass the TRE compliance process" (and Review process: the
/// validation step "SHOULD remove `mentions` references to any end-user-provided AssessAction"). The same holds
/// for every other action that records a review phase (a DownloadAction, an SHP-typed UpdateAction, an action
/// typed with a plain `type` key): the one set ``Crate/reviewActions`` that `provenance sanitize` removes. Fix:
/// delete the action and its `mentions` entry from the request.
struct RequestHasNoAssessActions: Check {
    static let name = "requestHasNoAssessActions"

    func evaluate(in context: CheckContext) -> [Finding] {
        context.crate.reviewActions.map { action in
            let kind = context.crate.hasType(action, "AssessAction") ? "AssessAction" : "review action"
            return Finding(
                entity: action.label, pointer: action.pointer,
                message: "the request carries the client-supplied \(kind) `\(action.label)`; only the TRE records assessments")
        }
    }
}
