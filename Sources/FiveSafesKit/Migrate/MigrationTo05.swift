internal import JSONLD
internal import ROCrate

/// The edits that make a Five Safes 0.4 (or 0.5-DRAFT) crate a 0.5 crate (0.5, Migration Notes v0.4 → v0.5).
///
/// A 0.4 mainEntity is a Workflow RO-Crate `Dataset` named by its permalink, which is what 0.5's Workflow Execution
/// Context asks of a workflow context ("The identifier SHOULD be a permalink or versioned URL"), and 0.5 "MUST
/// continue to accept" it; so the workflow stays the execution context and only the classification is added. The
/// Upgrade Path's example instead moves it to a local `#execution-context` with the permalink in `sameAs`; that
/// contradicts the same section's SHOULD, renames an entity the run, the retrieval phase (5S-DL-10) and `hasPart`
/// refer to, and is not needed for a valid 0.5 crate, so it is not done.
struct MigrationTo05 {
    static let sources = ["https://w3id.org/5s-crate/0.4": "0.4", "https://w3id.org/5s-crate/0.5-DRAFT": "0.5-DRAFT"]
    /// The draft uses `executionType` without defining it in any context; this IRI is fivesafes' choice.
    static let executionTypeIRI = FiveSafesTerms.iri("executionType")
    let target = MigrationTarget.v05.iri

    let crate: Crate

    /// The version the crate declares (`0.4`, `0.5-DRAFT`), nil when it already declares 0.5.
    func sourceVersion() throws(FiveSafesError) -> String? {
        try Self.sourceVersion(of: crate, target: target, sources: Self.sources, named: "0.4 or 0.5-DRAFT")
    }

    /// The label of the older version a crate's root declares (one of `sources`), nil when it declares `target`.
    ///
    /// - Throws: ``FiveSafesError`` `unreadableInput` when there is no root or it declares none of `sources`.
    static func sourceVersion(of crate: Crate, target: String, sources: [String: String], named: String) throws(FiveSafesError)
        -> String?
    {
        guard let root = crate.root else {
            throw FiveSafesError(.unreadableInput, "the metadata has no root data entity to migrate")
        }
        let declared = root.references("conformsTo") + root.strings("conformsTo")
        if declared.contains(target) { return nil }
        guard let label = declared.lazy.compactMap({ sources[$0] }).first else {
            let shown = declared.isEmpty ? "none" : declared.joined(separator: ", ")
            throw FiveSafesError(.unreadableInput, "the root does not conform to Five Safes RO-Crate \(named) (conformsTo: \(shown))")
        }
        return label
    }

    /// Applies the edits to a draft; returns every change and notes on what was left as it was.
    func apply(to draft: inout ProvenanceDraft) -> (changes: [MigrationChange], notes: [String]) {
        guard let root = crate.root, let rootID = root.id else { return ([], []) }
        var changes: [MigrationChange] = []
        var notes: [String] = []
        var object = root.object
        let old = (root.references("conformsTo") + root.strings("conformsTo")).first { Self.sources[$0] != nil } ?? ""
        if let node = object["conformsTo"] {
            object.set("conformsTo", Self.replacing(old, with: target, in: node.value))
            changes.append(
                MigrationChange(
                    entity: rootID, property: "conformsTo", before: old, after: target,
                    reason: "the crate now declares Five Safes RO-Crate 0.5"))
        }
        let typeNeeded = !root.has("executionType")
        if typeNeeded, isWorkflowDataset(crate.mainEntityIDs.first.flatMap(crate.entity)) {
            object.set("executionType", .string("workflow"))
            changes.append(
                MigrationChange(
                    entity: rootID, property: "executionType", before: nil, after: "workflow",
                    reason: "0.5 Execution Type Classification; the mainEntity is a Workflow RO-Crate Dataset, which 0.5 reads as workflow")
            )
        } else if typeNeeded {
            notes.append("the mainEntity is not a Workflow RO-Crate Dataset, so no executionType was added: set it by hand (5S-EXC-02)")
        }
        draft.replace(root, with: object)
        changes += ProfileEntityMigration(crate: crate, old: old, target: target, version: "0.5", oldLabel: Self.sources[old]).apply(
            to: &draft)
        if root.has("executionType") || changes.contains(where: { $0.property == "executionType" }),
            let context = crate.top["@context"]?.value, let extended = FiveSafesTerms.context(defining: ["executionType"], in: context)
        {
            draft.setContext(extended)
            changes.append(
                MigrationChange(
                    entity: "@context", property: "executionType", before: nil, after: Self.executionTypeIRI,
                    reason: "0.5 uses executionType but no published context defines it (RC-MD-05: every key is a term)"))
        }
        return (changes, notes)
    }

    private func isWorkflowDataset(_ entity: Entity?) -> Bool {
        guard let entity else { return false }
        return crate.hasType(entity, "Dataset") && crate.conformsToWorkflowROCrate(entity)
    }

    /// A `conformsTo` value with one IRI (reference or string) replaced, arrays kept as arrays.
    static func replacing(_ old: String, with new: String, in value: JSONValue) -> JSONValue {
        func swap(_ node: JSONNode) -> JSONNode {
            if node.referenceID == old { return JSONNode(.reference(new)) }
            if node.value.stringValue == old { return JSONNode(.string(new)) }
            return node
        }
        if let items = value.arrayValue { return .array(items.map(swap)) }
        return swap(JSONNode(value)).value
    }
}
