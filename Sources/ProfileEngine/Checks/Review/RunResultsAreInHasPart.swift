internal import JSONLD
internal import ROCrate

/// Every result of the workflow run is part of the crate through the root's `hasPart`.
///
/// Spec (5s 0.4, Publishing phase): "`hasPart` MUST include (possibly through intermediate folders as
/// `Dataset`) any `result` data entities now referred to from the workflow execution's `CreateAction`."
/// The MUST binds result data entities: `File` and `Dataset` results with local or web ids, which RC-DE-01
/// reports (every data entity is reachable from the root). This row, at SHOULD, covers the other result
/// entities, e.g. a `DigitalDocument` with a `urn:` id for sensitive data kept in the TRE, which is not a data
/// entity of the crate. Fix: add the result to the root's `hasPart` (or to a `Dataset` in it).
struct RunResultsAreInHasPart: Check {
    static let name = "runResultsAreInHasPart"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root else { return [] }
        var reachable = Set<String>()
        var queue = root.references("hasPart")
        while let id = queue.popLast() {
            guard reachable.insert(id).inserted else { continue }
            queue += crate.entity(id)?.references("hasPart") ?? []
        }
        var seen = Set<String>()
        return crate.runActions.flatMap { run in
            run.locatedValues("result").compactMap { node, pointer -> Finding? in
                guard let id = node.referenceID, seen.insert(id).inserted, !reachable.contains(id),
                    !id.hasPrefix("#"), !id.hasPrefix("_:"), let output = crate.entity(id),
                    !["File", "Dataset", "PropertyValue"].contains(where: { crate.hasType(output, $0) })
                else { return nil }
                return Finding(
                    entity: run.label, property: "result", pointer: pointer, offset: node.offset,
                    message: "the result `\(id)` of the workflow run `\(run.label)` is not reachable from the root's hasPart")
            }
        }
    }
}
