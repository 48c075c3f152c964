internal import JSONLD
internal import ROCrate

/// No `AssessAction` claims a decision through a 0.4 decision type (sign-off, disclosure check).
///
/// Spec (5s 1.0-WD, Kinds of Process): "An `AssessAction` records a check or assessment but does not itself assert
/// permission or refusal. Any such decision MUST be recorded as an `AuthorizeAction` or `RejectAction`". Whether a
/// decision exists cannot be told from the absence of one; only an assessment that claims to be the decision is
/// checkable: an `AssessAction` with 0.4's `shp:SignOff` or `shp:DisclosureCheck` `additionalType`, whose status
/// was the decision. Fix: record the outcome as a completed `AuthorizeAction` or `RejectAction`.
struct AssessmentsDoNotDecide: Check {
    static let name = "assessmentsDoNotDecide"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.entities(ofType: "AssessAction").compactMap { action in
            let additional = action.references("additionalType") + action.strings("additionalType")
            guard let claimed = additional.first(where: ActivityRecordTerms.legacyDecisionTypes.contains) else { return nil }
            return Finding(
                entity: action.label, property: "@type", pointer: action.pointer.appending("@type"),
                message:
                    "the AssessAction `\(action.label)` is a decision (\(claimed)); 1.0 records a decision as an AuthorizeAction or RejectAction"
            )
        }
    }
}
