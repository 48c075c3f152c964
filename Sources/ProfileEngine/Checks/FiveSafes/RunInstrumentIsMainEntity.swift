internal import JSONLD
internal import ROCrate

/// The run request's instrument is the workflow the root names as mainEntity.
///
/// Spec (5s 0.4, Requested Workflow Run): "The CreateAction MUST reference the Workflow Crate using `instrument`".
/// Fix: point `instrument` at the root's `mainEntity`.
struct RunInstrumentIsMainEntity: Check {
    static let name = "runInstrumentIsMainEntity"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let main = Set(crate.mainEntityIDs)
        // Without a mainEntity there is nothing to compare with (5S-WF-01).
        guard !main.isEmpty else { return [] }
        return crate.runActions.flatMap { action in
            action.locatedValues("instrument").compactMap { value, pointer in
                if let id = value.referenceID, main.contains(id) { return nil }
                return Finding(
                    entity: action.label,
                    property: "instrument",
                    pointer: pointer,
                    message:
                        "the instrument `\(RunRequestSupport.text(value))` of the run request `\(action.label)` is not the root's mainEntity"
                )
            }
        }
    }
}
