internal import ROCrate

/// A check that judges each entity on its own, so the engine can visit `@graph` once for all such checks
/// (``GraphWalk``) instead of once per check, and split that one visit across cores.
///
/// The engine hands a check only the entities its ``subscription`` names, in graph order, possibly in several
/// ranges on several threads; each range gets a fresh ``Memo``. A check's findings must therefore depend only on
/// the entity and the crate, never on which entities the same memo saw before: a memo caches verdicts, it does not
/// carry state between entities. (A check that needs state across entities, such as reporting an `@id` once for
/// the whole graph, stays a plain ``Check``.)
protocol EntityCheck: Check {
    /// Per-range scratch state: verdicts worth remembering across entities (known keys, prepared sets).
    associatedtype Memo = Void

    /// Which entities the check reads.
    var subscription: EntitySubscription { get }

    /// A fresh memo for one range of entities.
    func makeMemo(in context: CheckContext) -> Memo

    /// Findings about the crate as a whole, not one entity (reported before the entities').
    func crateFindings(in context: CheckContext) -> [Finding]

    /// Appends the findings about one entity the subscription names.
    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Memo, into findings: inout [Finding])

    /// One range's run of this check. Use the default; it is a requirement so that each check's run can be compiled
    /// for its own type rather than through generic witnesses.
    func inspection(in context: CheckContext) -> any EntityInspecting
}

/// Which entities an ``EntityCheck`` is handed.
enum EntitySubscription: Sendable, Equatable {
    /// Every entity of `@graph`.
    case everyEntity
    /// Entities with any of these types, as ``Crate/entities(ofType:)`` finds them (terms or IRIs).
    case types([String])
    /// Entities with any of these properties.
    case properties([String])
}

extension EntityCheck {
    /// No findings about the crate as a whole.
    func crateFindings(in context: CheckContext) -> [Finding] { [] }

    /// Runs the check alone: one walk over the entities it subscribes to, in graph order.
    func evaluate(in context: CheckContext) -> [Finding] {
        GraphWalk(checks: [self], context: context).findings()[0]
    }

    /// One range's run of this check: a fresh memo and an empty finding list.
    func inspection(in context: CheckContext) -> any EntityInspecting {
        EntityInspection(check: self, context: context)
    }
}

extension EntityCheck where Memo == Void {
    /// Nothing to remember.
    func makeMemo(in context: CheckContext) {}
}
