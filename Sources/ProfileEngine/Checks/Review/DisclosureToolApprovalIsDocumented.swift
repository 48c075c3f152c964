internal import JSONLD
internal import ROCrate

/// The software an automated or hybrid disclosure check used documents its own approval.
///
/// Spec (5s 0.5, Tool Approval Documentation): "When automated disclosure checking is used, the approval of the
/// tool itself SHOULD be documented", shown as the `SoftwareApplication`'s `approvalAction` referencing a completed
/// `AssessAction`. `approvalAction` is in no published context (like `executionType`): the key is read as written,
/// and RC-MD-05 asks the crate to define it. Fix: describe the approval as an `AssessAction` and link it with
/// `approvalAction`.
struct DisclosureToolApprovalIsDocumented: Check {
    static let name = "disclosureToolApprovalIsDocumented"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var seen = Set<String>()
        return crate.actions(in: .disclosureCheck).flatMap { action -> [Finding] in
            guard action.strings("disclosureCheckType").contains(where: AutomatedDisclosureNamesItsTool.automated.contains) else {
                return []
            }
            return action.references("instrument").compactMap { id in
                guard let tool = crate.entity(id), crate.hasType(tool, "SoftwareApplication"), seen.insert(id).inserted else {
                    return nil
                }
                let approvals = tool.references("approvalAction")
                if approvals.contains(where: { crate.isEntity($0, ofType: "AssessAction") }) { return nil }
                return Finding(
                    entity: id, property: "approvalAction",
                    pointer: tool.has("approvalAction") ? tool.pointer.appending("approvalAction") : tool.pointer,
                    message:
                        "the disclosure tool `\(id)` used by `\(action.label)` does not document its approval (approvalAction → an AssessAction)"
                )
            }
        }
    }
}
