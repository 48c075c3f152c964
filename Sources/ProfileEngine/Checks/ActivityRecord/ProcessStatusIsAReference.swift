internal import JSONLD
internal import ROCrate

/// Every process has exactly one `actionStatus`, `{"@id"}` of Active, Completed or Failed.
///
/// Spec (5s 1.0-WD, Status and JSON-LD): "Every process MUST have exactly one value from the table above"
/// (Active, Completed, Failed), "written as `{"@id": ...}`"; "Writing `"actionStatus": "CompletedActionStatus"`
/// instead produces the text". PotentialActionStatus is 5S-DEC-01's. Fix:
/// `"actionStatus": {"@id": "http://schema.org/CompletedActionStatus"}`.
struct ProcessStatusIsAReference: Check {
    static let name = "processStatusIsAReference"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.processes.compactMap { process in
            let values = process.values("actionStatus")
            let finding = { (message: String) in
                Finding(
                    entity: process.label, property: "actionStatus",
                    pointer: values.isEmpty ? process.pointer : process.pointer.appending("actionStatus"), message: message)
            }
            guard values.count == 1 else {
                return finding("the process `\(process.label)` has \(values.count) actionStatus values; it needs exactly one")
            }
            if crate.actionStatus(of: process) == .potential { return nil }
            let allowed = ActivityRecordTerms.statuses.map(\.rawValue)
            guard let id = values[0].referenceID, allowed.contains(id) else {
                let shown = values[0].referenceID ?? values[0].value.stringValue ?? values[0].value.kindName
                return finding(
                    "the actionStatus `\(shown)` of `\(process.label)` is not {\"@id\"} of http://schema.org/ActiveActionStatus, "
                        + "CompletedActionStatus or FailedActionStatus")
            }
            return nil
        }
    }
}
