internal import JSONLD
internal import ROCrate

/// Every node provenance RO-Crate a federated record references is a fixed, published representation that says
/// what it is about.
///
/// Spec (5s 1.0-WD, Node Provenance RO-Crates): "A node provenance RO-Crate MUST be a fixed, published
/// representation" (so its reference copies an integer `version` ≥ 1 and a `datePublished`); `about` "MUST identify
/// the activity record, an exact process, or an exact asset … as absolute IRIs"; and it "must not use the
/// federated activity record's identifier as its own `dct:isVersionOf`". Node references are recognised by
/// ``Crate/nodeCrateReferences``. Fix: reference a published snapshot of the node's RO-Crate, copy its `version`
/// and `datePublished`, and add `about`.
struct NodeCratesAreFixedAndNameTheirSubject: Check {
    static let name = "nodeCratesAreFixedAndNameTheirSubject"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let record = Set(crate.root?.references("dct:isVersionOf") ?? [])
        var findings: [Finding] = []
        for node in crate.nodeCrateReferences {
            let id = node.label
            let finding = { (property: String, message: String) in
                Finding(
                    entity: id, property: property,
                    pointer: node.has(property) ? node.pointer.appending(property) : node.pointer, message: message)
            }
            let about = node.values("about")
            if about.isEmpty {
                findings.append(
                    finding("about", "the node provenance RO-Crate `\(id)` has no about (the record, process or asset it covers)"))
            } else if let bad = about.first(where: { !($0.referenceID.map(Crate.isAbsoluteIRI) ?? false) }) {
                let shown = bad.referenceID ?? bad.value.stringValue ?? bad.value.kindName
                findings.append(
                    finding("about", "the about `\(shown)` of the node provenance RO-Crate `\(id)` is not {\"@id\"} with an absolute IRI"))
            }
            let versions = node.values("version")
            let fixed: Bool
            if versions.count == 1, case .number(let text) = versions[0].value, let number = Int(text) {
                fixed = number >= 1
            } else {
                fixed = false
            }
            if !fixed {
                findings.append(
                    finding(
                        "version",
                        "the node provenance RO-Crate `\(id)` has no integer version: only a fixed snapshot (version 1, 2, …) may be referenced"
                    ))
            }
            if !node.has("datePublished") {
                findings.append(finding("datePublished", "the node provenance RO-Crate `\(id)` has no datePublished: it must be published"))
            }
            if let shared = node.references("dct:isVersionOf").first(where: record.contains) {
                findings.append(
                    finding(
                        "dct:isVersionOf",
                        "the node provenance RO-Crate `\(id)` uses the federated record's identity `\(shared)` as its dct:isVersionOf"
                    ))
            }
        }
        return findings
    }
}
