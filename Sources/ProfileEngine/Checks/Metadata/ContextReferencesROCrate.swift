internal import JSONLD
internal import ROCrate

/// The document has an `@context` that references the RO-Crate context and that fivesafes can resolve.
///
/// Spec (RO-Crate 1.2, Structure): "The RO-Crate JSON-LD MUST use the RO-Crate JSON-LD Context
/// <https://w3id.org/ro/crate/1.2/context> by reference." (1.1: SHOULD, by reference or by value.)
/// Fix: `"@context": "https://w3id.org/ro/crate/1.2/context"`, or an array that starts with it.
struct ContextReferencesROCrate: Check {
    static let name = "contextReferencesROCrate"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let node = crate.top["@context"] else {
            return [
                Finding(
                    pointer: .root,
                    offset: crate.document.offset,
                    message: "the metadata has no `@context`, so none of its keys is linked to a vocabulary"
                )
            ]
        }
        let base = JSONPointer(tokens: ["@context"])
        var findings = crate.context.problems.map { problem in
            Finding(pointer: base, offset: problem.node.offset, message: problem.message)
        }
        var references: [(iri: String, node: JSONNode, pointer: JSONPointer)] = []
        var embeds = false
        switch node.value {
        case .string(let iri): references.append((iri, node, base))
        case .object(let object): embeds = !object.members.isEmpty
        case .array(let items):
            for (index, item) in items.enumerated() {
                if let iri = item.value.stringValue { references.append((iri, item, base.appending(index))) }
                if let object = item.value.objectValue, !object.members.isEmpty { embeds = true }
            }
        default: break
        }
        let unresolved = Set(crate.context.unresolved)
        for reference in references where unresolved.contains(reference.iri) {
            findings.append(
                Finding(
                    pointer: reference.pointer,
                    offset: reference.node.offset,
                    message:
                        "the context `\(reference.iri)` is not one fivesafes has offline, so the keys of the crate cannot be checked against it",
                    fix:
                        "Use a known context (RO-Crate 1.0–1.3, Workflow Run terms) or embed the extra terms as an object in the @context array; skip this rule with --skip RC-MD-03 if you trust the context"
                )
            )
        }
        let referenced = references.compactMap { MetadataSupport.roCrateContextVersion($0.iri) }
        if crate.isROCrate12OrLater, let declared = crate.roCrateVersion {
            let wanted = "https://w3id.org/ro/crate/\(declared)/context"
            if !references.contains(where: { $0.iri == wanted }) {
                findings.append(
                    Finding(
                        pointer: base,
                        offset: node.offset,
                        message:
                            "the crate declares RO-Crate \(declared) but its `@context` does not reference `\(wanted)`",
                        fix:
                            "Reference the context of the declared version: \"@context\": \"\(wanted)\" (or put it first in the @context array)"
                    )
                )
            }
        } else if referenced.isEmpty && !embeds {
            findings.append(
                Finding(
                    pointer: base,
                    offset: node.offset,
                    message: "the `@context` neither references nor embeds the RO-Crate context"
                )
            )
        }
        return findings
    }
}
