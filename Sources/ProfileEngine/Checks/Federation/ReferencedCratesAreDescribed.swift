internal import JSONLD
internal import ROCrate

/// Every referenced RO-Crate is described as the draft's reference pattern asks.
///
/// Spec (5s 1.0-WD, Referencing Another RO-Crate): the referenced RO-Crate is a `Dataset` whose `@id` "MUST be the
/// referenced RO-Crate's canonical `identifier` IRI", "MUST be reachable from the Root Data Entity through
/// `hasPart`", whose `conformsTo` "MUST NOT include a version-specific base RO-Crate IRI", and "An RO-Crate cannot
/// reference itself". References are recognised by ``Crate/referencedCrates``. Fix: describe the reference as a
/// `Dataset` with the absolute canonical IRI, list it in the root's `hasPart`, declare `https://w3id.org/ro/crate`.
struct ReferencedCratesAreDescribed: Check {
    static let name = "referencedCratesAreDescribed"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let ownIdentifiers = Set(crate.root?.references("identifier") ?? [])
        let reach = context.reachFromRoot
        var findings: [Finding] = []
        for reference in crate.referencedCrates {
            let id = reference.label
            let finding = { (property: String?, message: String) in
                Finding(
                    entity: id, property: property,
                    pointer: property.flatMap { reference.has($0) ? reference.pointer.appending($0) : nil } ?? reference.pointer,
                    message: message)
            }
            if !crate.hasType(reference, "Dataset") {
                findings.append(finding("@type", "the referenced RO-Crate `\(id)` is not typed Dataset"))
            }
            if !Crate.isAbsoluteIRI(id) {
                findings.append(
                    finding(nil, "the referenced RO-Crate `\(id)` is not identified by an absolute IRI (its canonical identifier)"))
            } else if ownIdentifiers.contains(id) {
                findings.append(
                    finding(nil, "the referenced RO-Crate `\(id)` is this crate's own identifier; an RO-Crate cannot reference itself"))
            }
            if !reach.contains(id, in: crate) {
                findings.append(finding(nil, "the referenced RO-Crate `\(id)` is not reachable from the root through hasPart"))
            }
            let versioned = reference.values("conformsTo").compactMap { $0.referenceID ?? $0.value.stringValue }
                .filter(Crate.isVersionedROCrateProfile)
            for iri in versioned {
                findings.append(
                    finding(
                        "conformsTo",
                        "the referenced RO-Crate `\(id)` declares the version-specific \(iri); a reference declares https://w3id.org/ro/crate"
                    ))
            }
        }
        return findings
    }
}
