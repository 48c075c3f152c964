internal import JSONLD
internal import ROCrate

/// Shared views of the review-process actions (catalogue 2.10-2.19) that the Review checks use.
enum ReviewGraph {
    /// The namespace of the Safe Haven Provenance vocabulary.
    static let shp = ReviewActionType.namespace

    /// The four assessment phases that have their own rows (2.11, 2.12, 2.14, 2.16).
    static let assessedPhases: Set<String> = [
        ReviewActionType.checkValue.rawValue, ReviewActionType.validationCheck.rawValue,
        ReviewActionType.signOff.rawValue, ReviewActionType.disclosureCheck.rawValue,
    ]

    /// Whether the entity has a schema.org `…Action` type (compared by expanded IRI).
    static func isAction(_ entity: Entity, in crate: Crate) -> Bool {
        entity.types.contains { Crate.isActionType(crate.typeIRI($0)) }
    }

    /// Whether an `additionalType` `{"@id"}` of the entity is in the SHP namespace.
    static func hasSHPType(_ entity: Entity) -> Bool {
        entity.references("additionalType").contains { $0.hasPrefix(shp) }
    }

    /// The run action ids (the requested workflow run).
    static func runIDs(in crate: Crate) -> Set<String> {
        Set(crate.runActions.compactMap(\.id))
    }

    /// AssessActions that none of the four phase rows targets (no `{"@id"}` additionalType of a phase).
    static func otherAssessActions(in crate: Crate) -> [Entity] {
        crate.entities(ofType: "AssessAction").filter { action in
            !action.references("additionalType").contains(where: assessedPhases.contains)
        }
    }

    /// The `@id`s the root lists in `mentions`.
    static func rootMentions(in crate: Crate) -> Set<String> {
        Set(crate.root?.references("mentions") ?? [])
    }

    /// The `@id` of the root (`./` when there is no root).
    static func rootID(in crate: Crate) -> String {
        crate.root?.id ?? "./"
    }

    /// Whether a non-empty string is among the values of a property.
    static func hasText(_ entity: Entity, _ property: String) -> Bool {
        entity.strings(property).contains { !$0.trimmingWhitespace().isEmpty }
    }

    /// The pointer of a property of an entity (the entity itself when the property is absent).
    static func pointer(_ entity: Entity, _ property: String) -> JSONPointer {
        entity.has(property) ? entity.pointer.appending(property) : entity.pointer
    }

    /// Presence of a phase: nothing when an entity with the phase's `additionalType` exists and is mentioned
    /// by the root (or is an AssessAction, whose mention 5S-PUB-03 checks); otherwise one finding at the root.
    static func presenceFindings(of phase: ReviewActionType, in crate: Crate, missing: String, unmentioned: String) -> [Finding] {
        guard let root = crate.root else { return [] }
        let actions = crate.actions(in: phase)
        if actions.isEmpty {
            return [Finding(entity: root.label, property: "mentions", pointer: pointer(root, "mentions"), message: missing)]
        }
        let mentioned = rootMentions(in: crate)
        let covered = actions.contains { action in
            action.id.map(mentioned.contains) ?? false || crate.hasType(action, "AssessAction")
        }
        return covered ? [] : [Finding(entity: root.label, property: "mentions", pointer: pointer(root, "mentions"), message: unmentioned)]
    }

    /// The failed DisclosureCheck, when the crate failed disclosure: the check that ended last failed (a later
    /// approval supersedes an earlier failure, and a later failure an earlier approval).
    static func failedDisclosure(in crate: Crate) -> Entity? {
        // The lifecycle's outcome: the disclosure check that ended last decides, so a check failed after an
        // approval (even after publishing) is a failed disclosure.
        let state = LifecycleState(crate)
        return state[.disclose] == .failed ? state.deciding[.disclose] : nil
    }
}
