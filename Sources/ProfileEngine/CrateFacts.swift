internal import ROCrate

/// Facts about a crate that many rules need, computed once per validation by ``ProfileValidator`` instead of
/// once per rule: the data entities (graph order) and the `@id`s the root reaches through `hasPart`.
struct CrateFacts: Sendable {
    /// Every data entity, in graph order (``DataEntityScope/dataEntities(in:)``).
    let dataEntities: [Entity]
    /// What the root reaches through `hasPart` (``DataEntityScope/reachableFromRoot(in:)``).
    let reachableFromRoot: Set<String>

    /// Computes the facts of `crate`.
    init(_ crate: Crate) {
        dataEntities = DataEntityScope.dataEntities(in: crate)
        reachableFromRoot = DataEntityScope.reachableFromRoot(in: crate)
    }
}

extension CheckContext {
    /// The crate's data entities, from the shared facts when the validator computed them.
    var dataEntities: [Entity] { facts?.dataEntities ?? DataEntityScope.dataEntities(in: crate) }

    /// The `@id`s the root reaches through `hasPart`, from the shared facts when the validator computed them.
    var reachableFromRoot: Set<String> { facts?.reachableFromRoot ?? DataEntityScope.reachableFromRoot(in: crate) }
}
