internal import JSONLD
internal import ROCrate

/// An automated or hybrid disclosure check names the tool or methodology it used as `instrument`.
///
/// Spec (5s 0.5, Disclosure Check Details): the disclosure `AssessAction` "SHOULD capture the type of check performed
/// and the tools used"; `instrument`: "SHOULD reference the tool/methodology used for automated checking". Whether
/// a check was automated is read from `disclosureCheckType` (`automated` or `hybrid`); a check that does not say is
/// not reported (the agent alone does not tell, a Person may supervise a tool). Fix: add
/// `"instrument": {"@id": "#sdcTool-v1.2"}` and describe the tool.
struct AutomatedDisclosureNamesItsTool: Check {
    static let name = "automatedDisclosureNamesItsTool"
    static let automated: Set<String> = ["automated", "hybrid"]

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.actions(in: .disclosureCheck).compactMap { action in
            guard let kind = action.strings("disclosureCheckType").first(where: Self.automated.contains) else { return nil }
            let tools = action.references("instrument")
            if !tools.isEmpty, tools.allSatisfy({ crate.entity($0) != nil }) { return nil }
            let problem = tools.isEmpty ? "names no instrument" : "names an instrument that is not described in the crate"
            return Finding(
                entity: action.label, property: "instrument",
                pointer: action.has("instrument") ? action.pointer.appending("instrument") : action.pointer,
                message: "the \(kind) disclosure check `\(action.label)` \(problem) (the tool or methodology used)")
        }
    }
}
