internal import JSONLD
internal import ROCrate

/// A published crate states the licence of its output data with `license`.
///
/// Spec (5s 0.4, Publishing phase): "The licence SHOULD be included to describe the licence of the workflow
/// output data". Published means the root has a `publisher`. The spec's own examples spell the key `licence`,
/// which no RO-Crate context defines, so JSON-LD drops it. Fix: `"license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"}`.
struct PublishedCrateHasLicense: Check {
    static let name = "publishedCrateHasLicense"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let root = context.crate.root, root.has("publisher"), !root.has("license") else { return [] }
        if let member = root.object.member("licence") {
            return [
                Finding(
                    entity: root.label, property: "licence", pointer: root.pointer.appending("licence"), offset: member.keyOffset,
                    message: "the published root `\(root.label)` spells its licence key `licence`, which JSON-LD drops; write `license`")
            ]
        }
        return [
            Finding(
                entity: root.label, property: "license", pointer: root.pointer,
                message: "the published root `\(root.label)` has no license for its output data")
        ]
    }
}
