internal import JSONLD
internal import ROCrate

/// An ended AssessAction outside the four phase rows records when it ended.
///
/// Spec (5s 0.4, Review process): "Each completed action SHOULD have a timestamp using `endTime`". Completed
/// and failed actions have both ended. Fix: add `"endTime": "2026-11-23T09:00:07Z"`.
struct OtherAssessActionHasEndTime: Check {
    static let name = "otherAssessActionHasEndTime"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return ReviewGraph.otherAssessActions(in: crate).compactMap { action in
            guard let status = crate.actionStatus(of: action), status.hasEnded, !action.has("endTime") else { return nil }
            return Finding(
                entity: action.label, property: "endTime", pointer: action.pointer,
                message: "the \(status.shortName) assessment `\(action.label)` has no endTime")
        }
    }
}
