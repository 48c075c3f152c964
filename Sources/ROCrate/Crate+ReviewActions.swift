/// The one recogniser of the actions that record a TRE's review process. `provenance sanitize` removes exactly
/// these, `provenance show` and the lifecycle count phases among them, and the review rules check them, so the
/// three can never disagree about what a client smuggled in.
extension Crate {
    /// The review-process actions, in graph order; never the requested workflow run.
    ///
    /// An entity is one when any of these holds:
    /// - the lifecycle counts it as a phase action (an `additionalType` reference to a phase's Safe Haven
    ///   Provenance term, or a `DownloadAction`);
    /// - it is an `AssessAction` or a `DownloadAction`;
    /// - it has a schema.org `…Action` type and an `additionalType` in the Safe Haven Provenance namespace, written
    ///   as a reference or as a plain string, full or as `shp:…`.
    ///
    /// Types are read from `@type` and from a plain `type` key too: JSON-LD ignores `type` (RO-Crate's contexts do
    /// not alias it), but naive readers do not, so an action typed that way is still treated as one.
    ///
    /// Computed once per crate (``CrateCache``) and kept.
    public var reviewActions: [Entity] {
        cache.reviewActions(findReviewActions)
    }

    private func findReviewActions() -> [Entity] {
        let runs = Set(runActions.map(\.index))
        var phased = Set<Int>()
        for phase in LifecyclePhase.allCases where phase != .execute {
            for action in phase.actions(in: self) { phased.insert(action.index) }
        }
        // Type names repeat across entities (100,000 `File`s): each is expanded and classified once.
        var kinds: [String: TypeKind] = [:]
        return entities.filter { entity in
            guard !runs.contains(entity.index) else { return false }
            return phased.contains(entity.index) || isReviewAction(entity, kinds: &kinds)
        }
    }

    /// What a type name says about an entity being a review action.
    private enum TypeKind {
        /// `AssessAction` or `DownloadAction`: a review action.
        case review
        /// Another schema.org action: one when its `additionalType` is a Safe Haven Provenance term.
        case action
        /// Anything else.
        case other
    }

    /// Whether an entity is typed as a review action (without the lifecycle's phase lookup); `kinds` remembers
    /// the type names already classified.
    private func isReviewAction(_ entity: Entity, kinds: inout [String: TypeKind]) -> Bool {
        var isAction = false
        for name in entity.types + entity.strings("type") {
            let kind: TypeKind
            if let known = kinds[name] {
                kind = known
            } else {
                let iri = typeIRI(name)
                kind = Self.reviewActionTypes.contains(iri) ? .review : Self.isActionType(iri) ? .action : .other
                kinds[name] = kind
            }
            if kind == .review { return true }
            isAction = isAction || kind == .action
        }
        guard isAction else { return false }
        return (entity.references("additionalType") + entity.strings("additionalType")).contains(where: Self.isReviewTerm)
    }

    /// Whether an expanded type IRI is a schema.org `…Action` (either scheme schema.org is written with).
    public static func isActionType(_ iri: String) -> Bool {
        (iri.hasPrefix("http://schema.org/") || iri.hasPrefix("https://schema.org/")) && iri.hasSuffix("Action")
    }

    /// Whether an IRI (full or `shp:` compact) is a Safe Haven Provenance term.
    static func isReviewTerm(_ iri: String) -> Bool {
        iri.hasPrefix(ReviewActionType.namespace) || iri.hasPrefix("http://w3id.org/shp#") || iri.hasPrefix("shp:")
    }

    /// AssessAction and DownloadAction, expanded both ways schema.org is written.
    static let reviewActionTypes: Set<String> = [
        "http://schema.org/AssessAction", "https://schema.org/AssessAction",
        "http://schema.org/DownloadAction", "https://schema.org/DownloadAction",
    ]
}
