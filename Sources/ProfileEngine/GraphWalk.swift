internal import Algorithms
internal import JSONLD
internal import ROCrate

/// One visit of `@graph` for every ``EntityCheck``: each entity is handed, in graph order and while it is in cache,
/// to the checks that subscribe to it (every entity, its types, or its properties).
///
/// The entities are cut into consecutive ranges that may run on different cores (``ProfileValidator`` runs them
/// beside the other rules). Each range has its own memos and finding lists; ``findings()`` and the validator join
/// them in range order, so the findings are those of one walk from first entity to last, whatever the scheduling.
struct GraphWalk: Sendable {
    /// The checks, in the order their findings are returned.
    let checks: [any EntityCheck]
    /// What the checks may look at.
    let context: CheckContext
    /// Consecutive ranges of positions in ``Crate/entities``, covering them all, in order.
    let ranges: [Range<Int>]
    /// The checks (by index) subscribed to every entity.
    private let everyEntity: [Int]
    /// The checks subscribed to types, with the positions in ``Crate/entities`` of their entities, ascending.
    private let byType: [(check: Int, positions: [Int])]
    /// The checks subscribed to properties, with the property names.
    private let byProperty: [(check: Int, names: [String])]

    /// Prepares a walk of `context`'s graph cut into at most `rangeCount` ranges of at least `minimumRange`
    /// entities.
    init(checks: [any EntityCheck], context: CheckContext, rangeCount: Int = 1, minimumRange: Int = 1) {
        self.checks = checks
        self.context = context
        let crate = context.crate
        let count = crate.entities.count
        let pieces = max(1, min(rangeCount, count / max(1, minimumRange)))
        ranges = Array((0..<count).evenlyChunked(in: pieces))
        var everyEntity: [Int] = []
        var byType: [(check: Int, positions: [Int])] = []
        var byProperty: [(check: Int, names: [String])] = []
        for (index, check) in checks.enumerated() {
            switch check.subscription {
            case .everyEntity: everyEntity.append(index)
            case .properties(let names): byProperty.append((index, names))
            case .types(let names):
                let positions = names.count == 1 ? crate.positions(ofType: names[0]) : Set(names.flatMap(crate.positions(ofType:))).sorted()
                byType.append((index, positions))
            }
        }
        (self.everyEntity, self.byType, self.byProperty) = (everyEntity, byType, byProperty)
    }

    /// Every check's findings, the walk run range after range on this thread.
    func findings() -> [[Finding]] {
        var joined = [[Finding]](repeating: [], count: checks.count)
        for range in ranges.indices {
            for (check, found) in findings(inRange: range).enumerated() { joined[check] += found }
        }
        return joined
    }

    /// Every check's findings in one range (the first range also carries the checks' findings about the crate).
    func findings(inRange number: Int) -> [[Finding]] {
        let range = ranges[number]
        let entities = context.crate.entities
        let inspections = checks.map { $0.inspection(in: context) }
        // Per type-subscribed check, the place in its positions of the next entity it is to see.
        var next = byType.map { $0.positions.partitioningIndex { $0 >= range.lowerBound } }
        for position in range {
            let entity = entities[position]
            for check in everyEntity { inspections[check].inspect(entity) }
            for (route, subscribed) in byType.enumerated() where next[route] < subscribed.positions.count {
                guard subscribed.positions[next[route]] == position else { continue }
                inspections[subscribed.check].inspect(entity)
                next[route] += 1
            }
            for route in byProperty where entity.object.members.contains(where: { route.names.contains($0.key) }) {
                inspections[route.check].inspect(entity)
            }
        }
        return inspections.enumerated().map { check, inspection in
            number == 0 ? checks[check].crateFindings(in: context) + inspection.findings : inspection.findings
        }
    }
}
