internal import JSONLD
internal import ROCrate

/// A mainEntity with an http(s) `@id` has a `distribution` with an http(s) URL (the Workflow RO-Crate ZIP).
///
/// Spec (5s 0.4, Finding the RO-Crate archive): "If the identifier is a URI, an URL to the downloadable Workflow
/// RO-Crate ZIP archive SHOULD be included with `distribution`". Fix: add `"distribution": {"@id": "https://…"}`.
struct MainEntityHasDownloadDistribution: Check {
    static let name = "mainEntityHasDownloadDistribution"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        // Five Safes 0.5: only a workflow execution context has a Workflow RO-Crate to download.
        guard crate.runsWorkflow else { return [] }
        return crate.mainEntityIDs.compactMap(crate.entity).compactMap { main in
            guard let id = main.id, Self.isHTTP(id) else { return nil }
            let hasDownload = main.values("distribution").contains { node in
                (node.referenceID ?? node.value.stringValue).map(Self.isHTTP) ?? false
            }
            guard !hasDownload else { return nil }
            return Finding(
                entity: main.label,
                property: "distribution",
                pointer: main.has("distribution") ? main.pointer.appending("distribution") : main.pointer,
                message:
                    "the mainEntity `\(main.label)` has an http(s) @id but no distribution with an http(s) URL of its Workflow RO-Crate ZIP"
            )
        }
    }

    static func isHTTP(_ iri: String) -> Bool {
        iri.hasPrefix("http://") || iri.hasPrefix("https://")
    }
}
