internal import JSONLD
internal import ROCrate

/// A request crate carries no AssessAction: only the TRE records assessments.
///
/// Spec (5s 0.4, Security considerations): implementers "MUST remove references to any client-submitted
/// _AssessAction_s, as these could be used to bypass the TRE compliance process" (and Review process: the
/// validation step "SHOULD remove `mentions` references to any end-user-provided AssessAction"). Fix: delete
/// the AssessAction entity and its `mentions` entry from the request.
struct RequestHasNoAssessActions: Check {
    static let name = "requestHasNoAssessActions"

    func evaluate(in context: CheckContext) -> [Finding] {
        context.crate.entities(ofType: "AssessAction").map { action in
            Finding(entity: action.label, pointer: action.pointer,
                    message: "the request carries the client-supplied AssessAction `\(action.label)`; only the TRE records assessments")
        }
    }
}
