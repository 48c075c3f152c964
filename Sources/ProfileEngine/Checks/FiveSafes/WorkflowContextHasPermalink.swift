internal import JSONLD
internal import ROCrate

/// A workflow execution context is identified by a permalink or versioned URL, or a payload folder, in its `@id`
/// or in a `sameAs`.
///
/// Spec (5s 0.5, Workflow Execution Context): "The identifier SHOULD be a permalink or versioned URL … or MAY be a
/// nested directory within the BagIt payload directory". The same draft's examples and its Upgrade Path use the
/// local `#execution-context` with the permalink in `sameAs`, so either place is accepted (5S-WF-05 keeps 0.4's
/// `@id`-only reading). Fix: add `"sameAs": {"@id": "https://workflowhub.eu/workflows/289?version=1"}`.
struct WorkflowContextHasPermalink: Check {
    static let name = "workflowContextHasPermalink"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.runsWorkflow else { return [] }
        return crate.mainEntityIDs.compactMap(crate.entity).compactMap { main in
            let candidates = [main.id ?? ""] + main.references("sameAs") + main.strings("sameAs")
            guard !candidates.contains(where: Self.isPermalinkOrFolder) else { return nil }
            return Finding(
                entity: main.label,
                property: "sameAs",
                pointer: main.pointer,
                message:
                    "the workflow execution context `\(main.label)` has neither an @id nor a sameAs that is an http(s) URL or a payload folder ending in `/`"
            )
        }
    }

    static func isPermalinkOrFolder(_ iri: String) -> Bool {
        iri.wholeMatch(of: /https?:\/\/\S+|[^\s:\/?#][^\s:?#]*\//) != nil
    }
}
