internal import JSONLD
internal import ROCrate

/// Every `DigitalDocument` result of the run request references a `DigitalDocumentPermission` with
/// `hasDigitalDocumentPermission`.
///
/// Spec (5s 0.4, Sensitive data): "The requirement for permission SHOULD be indicated by typing the data entity as a
/// DigitalDocument that use `hasDigitalDocumentPermission` to reference the DigitalDocumentPermission entity".
/// Fix: add the permission reference and describe the permission.
struct DigitalDocumentResultsHavePermission: Check {
    static let name = "digitalDocumentResultsHavePermission"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return context.describedRunValues(of: "result").compactMap { action, output -> Finding? in
            guard crate.hasType(output, "DigitalDocument") else { return nil }
            let permitted = output.references("hasDigitalDocumentPermission").contains {
                crate.isEntity($0, ofType: "DigitalDocumentPermission")
            }
            guard !permitted else { return nil }
            let given = output.has("hasDigitalDocumentPermission")
            return Finding(
                entity: output.label,
                property: "hasDigitalDocumentPermission",
                pointer: given ? output.pointer.appending("hasDigitalDocumentPermission") : output.pointer,
                message: given
                    ? "the hasDigitalDocumentPermission of the DigitalDocument result `\(output.label)` references no DigitalDocumentPermission entity"
                    : "the DigitalDocument result `\(output.label)` of the run request `\(action.label)` has no hasDigitalDocumentPermission"
            )
        }
    }
}
