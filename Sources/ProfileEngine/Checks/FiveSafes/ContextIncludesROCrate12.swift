internal import JSONLD
internal import ROCrate

/// The `@context` includes an RO-Crate 1.2 (or later minor version) context IRI.
///
/// Spec (5s 0.4, Metadata file expectations): "The RO-Crate Metadata File MUST conform to RO-Crate 1.2 (or later
/// minor version)". Fix: `"@context": "https://w3id.org/ro/crate/1.2/context"`.
struct ContextIncludesROCrate12: Check {
    static let name = "contextIncludesROCrate12"

    func evaluate(in context: CheckContext) -> [Finding] {
        // A missing @context is RC-MD-03's finding.
        guard let node = context.crate.top["@context"] else { return [] }
        let items = node.value.arrayValue ?? [node]
        let iris = items.compactMap { $0.value.stringValue }
        let found = iris.contains { iri in
            (RunRequestSupport.roCrateMinorVersion(of: iri, suffixes: ["/context"]) ?? 0) >= 2
        }
        guard !found else { return [] }
        let message =
            iris.isEmpty
            ? "the @context does not reference the RO-Crate 1.2 (or later minor version) context"
            : "the @context (\(iris.map { "`\($0)`" }.joined(separator: ", "))) does not include the RO-Crate 1.2 (or later minor version) context"
        return [Finding(property: "@context", pointer: JSONPointer(tokens: ["@context"]), message: message)]
    }
}
