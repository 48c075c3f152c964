internal import JSONLD
internal import ROCrate

/// A completed or failed process has `endTime`; an active one has none.
///
/// Spec (5s 1.0-WD, Status): "A completed or failed process MUST carry `endTime`, an active one MUST NOT". The
/// status is read in any spelling (5S-PROC-03 judges the spelling). Fix: record when it ended, or remove the
/// `endTime` of a process still running.
struct ProcessEndTimeMatchesStatus: Check {
    static let name = "processEndTimeMatchesStatus"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.processes.compactMap { process in
            guard let status = crate.actionStatus(of: process) else { return nil }
            if status.hasEnded, !process.has("endTime") {
                return Finding(
                    entity: process.label, property: "endTime", pointer: process.pointer,
                    message: "the \(status.shortName) process `\(process.label)` has no endTime")
            }
            if status == .active, process.has("endTime") {
                return Finding(
                    entity: process.label, property: "endTime", pointer: process.pointer.appending("endTime"),
                    message: "the active process `\(process.label)` has an endTime; it has not ended")
            }
            return nil
        }
    }
}
