internal import JSONLD
internal import ROCrate

/// The root's `version` and `pav:previousVersion` form one of the states the 1.0 Working Draft allows.
///
/// Spec (5s 1.0-WD, Representation State): a working record has neither; a first snapshot has `version` the JSON
/// integer 1 and no `pav:previousVersion`; a later snapshot a JSON integer greater than 1 and exactly one absolute
/// IRI as `pav:previousVersion`, which "MUST NOT equal its own canonical identifier". The state is read from
/// `version` alone ("Do not use dates to infer whether an RO-Crate is a working record or a snapshot").
struct RepresentationStateIsConsistent: Check {
    static let name = "representationStateIsConsistent"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let root = context.crate.root else { return [] }
        let previous = root.values("pav:previousVersion")
        let finding = { (property: String, message: String) in
            Finding(
                entity: root.label, property: property,
                pointer: root.has(property) ? root.pointer.appending(property) : root.pointer, message: message)
        }
        let versions = root.values("version")
        guard !versions.isEmpty else {
            return previous.isEmpty
                ? []
                : [
                    finding(
                        "pav:previousVersion",
                        "the working record `\(root.label)` (no version) has a pav:previousVersion; only a later snapshot has one")
                ]
        }
        guard versions.count == 1, case .number(let text) = versions[0].value, let number = Int(text), number >= 1 else {
            return [
                finding(
                    "version",
                    "the version of `\(root.label)` is not one positive JSON integer (a snapshot's version is 1, 2, …; a working record has none)"
                )
            ]
        }
        let targets = previous.map { $0.referenceID ?? $0.value.stringValue ?? "" }
        if number == 1 {
            return previous.isEmpty
                ? [] : [finding("pav:previousVersion", "the first snapshot `\(root.label)` (version 1) has a pav:previousVersion")]
        }
        guard targets.count == 1, let target = targets.first, target.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.\-]*:/) != nil else {
            return [
                finding(
                    "pav:previousVersion",
                    "the snapshot `\(root.label)` (version \(number)) does not have exactly one pav:previousVersion that is an absolute IRI"
                )
            ]
        }
        if root.references("identifier").contains(target) {
            return [finding("pav:previousVersion", "the pav:previousVersion of `\(root.label)` is its own identifier `\(target)`")]
        }
        return []
    }
}
