internal import JSONLD
internal import ROCrate

/// Every `object` (input) of the run request references an entity of the graph that has a `@type`.
///
/// Spec (5s 0.4, Inputs): "Each input MUST have a corresponding data entity". Fix: make each `object` value an
/// `{"@id"}` reference and describe that entity (a `File`, a `PropertyValue` …).
struct RunObjectsAreDescribedEntities: Check {
    static let name = "runObjectsAreDescribedEntities"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.runActions.flatMap { action in
            action.locatedValues("object").compactMap { value, pointer in
                guard RunRequestSupport.describedEntity(value, in: crate) == nil else { return nil }
                return Finding(
                    entity: action.label,
                    property: "object",
                    pointer: pointer,
                    message:
                        "the object `\(RunRequestSupport.text(value))` of the run request `\(action.label)` is not described as an entity with a @type"
                )
            }
        }
    }
}
