internal import JSONLD

/// Typed views of a crate that the Five Safes rules share.
extension Crate {
    /// The `@id`s the root names as `mainEntity`.
    public var mainEntityIDs: [String] { root?.references("mainEntity") ?? [] }

    /// The root's `executionType` (Five Safes 0.5: workflow, script, notebook, query, interactive, container,
    /// custom), as written; nil when absent or not a string.
    public var executionType: String? { root?.strings("executionType").first }

    /// Whether the execution is a workflow run: `executionType` is `workflow`, or absent (0.4 crates, which 0.5
    /// reads as `executionType: "workflow"`).
    public var runsWorkflow: Bool { root?.has("executionType") != true || executionType == "workflow" }

    /// The IRI prefix of the Workflow RO-Crate profile (any version).
    public static let workflowROCrateProfile = "https://w3id.org/workflowhub/workflow-ro-crate"

    /// Whether an entity declares the Workflow RO-Crate profile in `conformsTo` (a reference or a string).
    public func conformsToWorkflowROCrate(_ entity: Entity) -> Bool {
        entity.values("conformsTo").contains { node in
            (node.referenceID ?? node.value.stringValue)?.hasPrefix(Self.workflowROCrateProfile) ?? false
        }
    }

    /// The `@id`s the root names as `sourceOrganization` (the responsible project).
    public var projectIDs: [String] { root?.references("sourceOrganization") ?? [] }

    /// The requested workflow run: the `CreateAction`s the root `mentions`, preferring those whose
    /// `instrument` is the root's `mainEntity` (other mentioned CreateActions record changes or tool runs).
    public var runActions: [Entity] {
        guard let root else { return [] }
        let mentioned = root.references("mentions").compactMap(entity).filter { hasType($0, "CreateAction") }
        let main = Set(mainEntityIDs)
        let running = mentioned.filter { action in action.references("instrument").contains(where: main.contains) }
        return running.isEmpty ? mentioned : running
    }

    /// The status of an action, read from `actionStatus` (plain string or `{"@id"}`).
    public func actionStatus(of entity: Entity) -> ActionStatus? {
        for node in entity.values("actionStatus") {
            if let text = node.value.stringValue ?? node.referenceID, let status = ActionStatus(lenient: text) {
                return status
            }
        }
        return nil
    }

    /// The entities whose `additionalType` references a review phase (as `{"@id"}`).
    public func actions(in phase: ReviewActionType) -> [Entity] {
        entities(withAdditionalType: phase.rawValue)
    }

    /// The entities whose `additionalType` references an IRI (as `{"@id"}`).
    public func entities(withAdditionalType iri: String) -> [Entity] {
        (additionalTypeReferrers[iri] ?? []).map { entities[$0] }.uniqued()
    }

    /// The RO-Crate version the descriptor declares (`1.1`, `1.2`, …), from its `conformsTo`.
    public var roCrateVersion: String? {
        guard let descriptor else { return nil }
        for iri in descriptor.references("conformsTo") + descriptor.strings("conformsTo") {
            for prefix in ["https://w3id.org/ro/crate/", "http://w3id.org/ro/crate/"] where iri.hasPrefix(prefix) {
                let version = iri.dropFirst(prefix.count).split(separator: "/").first.map(String.init) ?? ""
                if !version.isEmpty { return version }
            }
        }
        return nil
    }

    /// The RO-Crate version the descriptor declares, as a comparable number; nil when none is declared.
    public var declaredROCrateVersion: ROCrateVersion? {
        roCrateVersion.flatMap(ROCrateVersion.init)
    }

    /// Whether the crate declares RO-Crate 1.2 or later (including drafts).
    public var isROCrate12OrLater: Bool {
        guard let version = declaredROCrateVersion else { return false }
        return version >= ROCrateVersion(major: 1, minor: 2)
    }
}

extension Array where Element == Entity {
    /// The entities with duplicates (same graph position) removed, order kept.
    func uniqued() -> [Entity] {
        var seen = Set<Int>()
        return filter { seen.insert($0.index).inserted }
    }
}
