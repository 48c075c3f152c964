internal import JSONLD
internal import ROCrate

/// A curation action (an `UpdateAction`, or a `CreateAction` other than the run whose `object` includes
/// the root) has an `object`, a `name`, an `agent`, an `endTime` once it has ended, and a valid status.
///
/// Spec (RO-Crate 1.2, Recording changes to RO-Crates): "A curation Action MUST have at least one object
/// …", "An Action SHOULD have a name", "An Action SHOULD have an endTime", "An Action SHOULD have a human
/// agent", "The status must be one of the values enumerated by ActionStatusType". `endTime` is not asked
/// of potential or active actions (they have not ended), nor of the 5s manifest update (`UpdateAction` with
/// `additionalType` `shp:GenerateCheckValue`), which the 5s spec (Publishing phase) writes before the
/// manifests are computed, "and therefore can't include the correct endTime". The agent's humanity is not
/// checked: 5s records automated curation with software agents. Timestamp formats are 5S-TIME-01's. Fix:
/// add the missing properties.
struct CurationActionsAreDescribed: Check {
    static let name = "curationActionsAreDescribed"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let rootID = crate.root?.id
        let runs = Set(crate.runActions.map(\.index))
        let creates = crate.entities(ofType: "CreateAction").filter { action in
            !runs.contains(action.index) && rootID.map { action.references("object").contains($0) } == true
        }
        let actions = (crate.entities(ofType: "UpdateAction") + creates).sorted { $0.index < $1.index }
        var findings: [Finding] = []
        for action in actions {
            let label = action.label
            var missing = ["object", "name", "agent"]
            let status = crate.actionStatus(of: action)
            let generatesManifests = action.references("additionalType").contains("https://w3id.org/shp#GenerateCheckValue")
            if !generatesManifests && (status?.hasEnded ?? true) { missing.append("endTime") }
            for property in missing where action.values(property).isEmpty {
                findings.append(
                    Finding(
                        entity: label, property: property, pointer: action.pointer,
                        message: "the curation action `\(label)` has no `\(property)`"))
            }
            if action.has("actionStatus") && status == nil {
                findings.append(
                    Finding(
                        entity: label, property: "actionStatus", pointer: action.pointer.appending("actionStatus"),
                        message: "the `actionStatus` of the curation action `\(label)` is not an ActionStatusType value"))
            }
        }
        return findings
    }
}
