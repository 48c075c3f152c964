internal import JSONLD
internal import ROCrate

/// Every `result` (output) of the run request references an entity of the graph that has a `@type`.
///
/// Spec (5s 0.4, Outputs): "Output entities MUST be described as in the Workflow Run Crate profile". Fix: make each
/// `result` value an `{"@id"}` reference and describe that entity (a `File`, a `Dataset` …).
struct RunResultsAreDescribedEntities: Check {
    static let name = "runResultsAreDescribedEntities"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.runActions.flatMap { action in
            action.locatedValues("result").compactMap { value, pointer in
                guard RunRequestSupport.describedEntity(value, in: crate) == nil else { return nil }
                return Finding(
                    entity: action.label,
                    property: "result",
                    pointer: pointer,
                    message:
                        "the result `\(RunRequestSupport.text(value))` of the run request `\(action.label)` is not described as an entity with a @type"
                )
            }
        }
    }
}
