public import ROCrate

/// Which entities a declarative requirement applies to (a small SHACL-like target vocabulary).
public struct EntitySelector: Sendable {
    /// The base set of entities.
    public enum Base: Sendable {
        /// The root data entity.
        case root
        /// The metadata descriptor.
        case descriptor
        /// Every entity with this type.
        case type(String)
        /// Every entity whose `additionalType` references this IRI.
        case additionalType(String)
        /// The requested workflow run CreateAction(s).
        case runAction
        /// The agents of the run action.
        case runAgent
        /// The root's `mainEntity`.
        case mainEntity
        /// The root's `sourceOrganization` (responsible project).
        case project
    }

    /// The base set.
    public var base: Base
    /// Only entities whose `actionStatus` is one of these (plain-string IRIs); nil for no filter.
    public var statusIn: Set<ActionStatus>?

    /// Creates a selector.
    public init(base: Base, statusIn: Set<ActionStatus>? = nil) {
        self.base = base
        self.statusIn = statusIn
    }

    /// The entities selected in a crate.
    public func select(in crate: Crate) -> [Entity] {
        let entities: [Entity]
        switch base {
        case .root: entities = crate.root.map { [$0] } ?? []
        case .descriptor: entities = crate.descriptor.map { [$0] } ?? []
        case .type(let name): entities = crate.entities(ofType: name)
        case .additionalType(let iri): entities = crate.entities(withAdditionalType: iri)
        case .runAction: entities = crate.runActions
        case .runAgent:
            var seen = Set<String>()
            entities = crate.runActions.flatMap { $0.references("agent") }
                .filter { seen.insert($0).inserted }
                .compactMap(crate.entity)
        case .mainEntity: entities = crate.mainEntityIDs.compactMap(crate.entity)
        case .project: entities = crate.projectIDs.compactMap(crate.entity)
        }
        guard let statusIn else { return entities }
        return entities.filter { entity in crate.actionStatus(of: entity).map(statusIn.contains) ?? false }
    }
}
