internal import JSONLD
internal import ROCrate

/// An AssessAction outside the four phase rows indicates its outcome with an allowed `actionStatus`.
///
/// Spec (5s 0.4, Review process): "Assessment actions SHOULD indicate an actionStatus to reflect the outcome
/// or pending nature of the assessment." CheckValue, ValidationCheck, SignOff and DisclosureCheck have their
/// own rows; this covers any other AssessAction. Fix: add `"actionStatus": "http://schema.org/CompletedActionStatus"`
/// (or Potential/Active/Failed) as a plain string.
struct OtherAssessActionHasStatus: Check {
    static let name = "otherAssessActionHasStatus"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let allowed = Set(ActionStatus.allCases.map(\.rawValue))
        return ReviewGraph.otherAssessActions(in: crate).flatMap { action -> [Finding] in
            let values = action.locatedValues("actionStatus")
            if values.isEmpty {
                return [
                    Finding(
                        entity: action.label, property: "actionStatus", pointer: action.pointer,
                        message: "the assessment `\(action.label)` has no actionStatus")
                ]
            }
            return values.compactMap { node, pointer in
                if let text = node.value.stringValue, allowed.contains(text) { return nil }
                return Finding(
                    entity: action.label, property: "actionStatus", pointer: pointer, offset: node.offset,
                    message:
                        "the actionStatus of the assessment `\(action.label)` is not one of the plain strings http://schema.org/{Potential,Active,Completed,Failed}ActionStatus"
                )
            }
        }
    }
}
