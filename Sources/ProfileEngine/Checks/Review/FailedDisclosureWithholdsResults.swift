internal import JSONLD
internal import ROCrate

/// A crate that failed disclosure does not include the workflow results.
///
/// Spec (5s 0.4, Disclosure phase): "If a crate fails the disclosure phase, its content such as workflow
/// results MUST NOT be included in the returned crate". A result counts as included when its file or folder is
/// in the payload, or, without a payload, when it is described with a local path `@id`. Fix: delete the result
/// files from the bag (and, per 5S-DISC-09, their entities and the run action from the metadata).
struct FailedDisclosureWithholdsResults: Check {
    static let name = "failedDisclosureWithholdsResults"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let failed = ReviewGraph.failedDisclosure(in: crate) else { return [] }
        var seen = Set<String>()
        return crate.runActions.flatMap { run in
            run.locatedValues("result").compactMap { node, pointer -> Finding? in
                guard let id = node.referenceID, seen.insert(id).inserted, isLocalPath(id) else { return nil }
                let path = String(id.hasPrefix("./") ? id.dropFirst(2) : id[...])
                let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
                if let payload = context.payload {
                    guard payload.files[trimmed] != nil || payload.directories.contains(trimmed) else { return nil }
                } else if crate.entity(id) == nil {
                    return nil
                }
                return Finding(
                    entity: run.label, property: "result", pointer: pointer, offset: node.offset,
                    message: "the crate failed disclosure (`\(failed.label)`) but still includes the result `\(id)`")
            }
        }
    }

    /// A relative path: no URI scheme, not a `#` fragment, not a blank node.
    private func isLocalPath(_ id: String) -> Bool {
        guard !id.hasPrefix("#"), !id.hasPrefix("_:"), !id.hasPrefix("/") else { return false }
        let beforeSlash = id.split(separator: "/", maxSplits: 1).first ?? ""
        return !beforeSlash.contains(":")
    }
}
