internal import JSONLD
internal import ROCrate

/// Every result of the run request that is a file or folder of the crate lies under `outputs/`.
///
/// Spec (5s 0.4, Outputs): "Implementations MAY include the outputs within the Crate BagIt archive, in which case it
/// is RECOMMENDED to use the folder `outputs/`". Fix: move the output under `outputs/` and update its `@id`.
struct LocalResultsAreInOutputsFolder: Check {
    static let name = "localResultsAreInOutputsFolder"

    func evaluate(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for action in context.crate.runActions {
            action.forEachValue("result") { value, index in
                guard let id = value.referenceID, RunRequestSupport.isRelativePath(id) else { return }
                let path = id.hasPrefix("./") ? id.dropFirst(2) : Substring(id)
                // Absolute paths and `..` are 5S-PKG-13's finding.
                guard !path.hasPrefix("outputs/"), !path.hasPrefix("/"), !path.contains("..") else { return }
                findings.append(
                    Finding(
                        entity: action.label, property: "result", pointer: action.pointer(to: "result", index: index),
                        message:
                            "the result `\(id)` of the run request `\(action.label)` is inside the crate but not in the `outputs/` folder"))
            }
        }
        return findings
    }
}
