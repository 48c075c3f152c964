internal import Dispatch
internal import ROCrate

/// Facts about a crate that many rules need, computed once per validation by ``ProfileValidator`` instead of
/// once per rule: the data entities (graph order), what the root reaches through `hasPart`, and the described
/// entities the run action(s) name as `object` and `result`.
struct CrateFacts: Sendable {
    /// Every data entity, in graph order (``DataEntityScope/dataEntities(in:)``).
    let dataEntities: [Entity]
    /// Whether the entity at each `@graph` index is a data entity.
    let isDataEntity: [Bool]
    /// What the root reaches through `hasPart` (``DataEntityScope/reachFromRoot(in:)``).
    let reach: DataEntityScope.Reach
    /// ``RunRequestSupport/describedValues(of:in:)`` of `object`.
    let describedObjects: [(action: Entity, entity: Entity)]
    /// ``RunRequestSupport/describedValues(of:in:)`` of `result`.
    let describedResults: [(action: Entity, entity: Entity)]

    /// Computes the facts of `crate`.
    init(_ crate: Crate) {
        // Three independent walks, on all cores: rules wait for the facts, so this time is not spread over them.
        nonisolated(unsafe) var data: [Entity] = []
        nonisolated(unsafe) var reach = DataEntityScope.Reach(reached: [], undescribed: [], parts: [])
        nonisolated(unsafe) var run: (objects: [(action: Entity, entity: Entity)], results: [(action: Entity, entity: Entity)]) = ([], [])
        DispatchQueue.concurrentPerform(iterations: 3) { job in
            switch job {
            case 0: data = DataEntityScope.dataEntities(in: crate)
            case 1: reach = DataEntityScope.reachFromRoot(in: crate)
            default:
                run = (
                    RunRequestSupport.describedValues(of: "object", in: crate), RunRequestSupport.describedValues(of: "result", in: crate)
                )
            }
        }
        dataEntities = data
        var isData = [Bool](repeating: false, count: crate.graphCount)
        for entity in data { isData[entity.index] = true }
        isDataEntity = isData
        self.reach = reach
        (describedObjects, describedResults) = run
    }
}

extension CheckContext {
    /// The crate's data entities, from the shared facts when the validator computed them.
    var dataEntities: [Entity] { facts?.dataEntities ?? DataEntityScope.dataEntities(in: crate) }

    /// Whether an entity of the crate is a data entity (``DataEntityScope/isDataEntity(_:in:special:)``).
    func isDataEntity(_ entity: Entity) -> Bool {
        guard let facts else { return DataEntityScope.isDataEntity(entity, in: crate) }
        return facts.isDataEntity[entity.index]
    }

    /// What the root reaches through `hasPart`, from the shared facts when the validator computed them.
    var reachFromRoot: DataEntityScope.Reach { facts?.reach ?? DataEntityScope.reachFromRoot(in: crate) }

    /// The described entities the root reaches through `hasPart` (root left out), from the shared facts when the
    /// validator computed them.
    var reachableParts: [Entity] { reachFromRoot.parts }

    /// The described entities the run action(s) reference in `property` (`object` or `result`), each once.
    func describedRunValues(of property: String) -> [(action: Entity, entity: Entity)] {
        switch (property, facts) {
        case ("object", let facts?): facts.describedObjects
        case ("result", let facts?): facts.describedResults
        default: RunRequestSupport.describedValues(of: property, in: crate)
        }
    }
}
