internal import JSONLD
internal import ROCrate

/// No entity's `actionStatus` is `PotentialActionStatus`.
///
/// Spec (5s 1.0-WD, Status): "`PotentialActionStatus` MUST NOT be used: a submitted request is a completed
/// `AskAction`, and refusal and withdrawal are completed `RejectAction` and `CancelAction` processes." Read as a
/// plain string or `{"@id"}` and in any spelling `ActionStatus` accepts. Fix: record the request as a completed
/// `AskAction`; an execution appears only once it has begun.
struct ProcessesAreNeverPotential: Check {
    static let name = "processesAreNeverPotential"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.entities.compactMap { entity in
            guard crate.actionStatus(of: entity) == .potential else { return nil }
            return Finding(
                entity: entity.label, property: "actionStatus", pointer: entity.pointer.appending("actionStatus"),
                message:
                    "`\(entity.label)` has actionStatus PotentialActionStatus, which the 1.0 draft forbids: a request is a completed AskAction"
            )
        }
    }
}
