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
    /// Per check, how its subscription is served.
    private let routes: [Route]

    /// How the walk decides whether a check sees an entity.
    private enum Route: Sendable {
        case every
        /// The positions in ``Crate/entities`` of the entities with a subscribed type, ascending.
        case positions([Int])
        case properties([String])
    }

    /// Prepares a walk of `context`'s graph cut into at most `rangeCount` ranges of at least `minimumRange`
    /// entities.
    init(checks: [any EntityCheck], context: CheckContext, rangeCount: Int = 1, minimumRange: Int = 1) {
        self.checks = checks
        self.context = context
        let count = context.crate.entities.count
        let pieces = max(1, min(rangeCount, count / max(1, minimumRange)))
        ranges = (0..<pieces).map { piece in (count * piece / pieces)..<(count * (piece + 1) / pieces) }
        let crate = context.crate
        routes = checks.map { check in
            switch check.subscription {
            case .everyEntity: .every
            case .properties(let names): .properties(names)
            case .types(let names):
                .positions(names.count == 1 ? crate.positions(ofType: names[0]) : Set(names.flatMap(crate.positions(ofType:))).sorted())
            }
        }
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
        var every: [Int] = []
        var byType: [(check: Int, positions: [Int], next: Int)] = []
        var byProperty: [(check: Int, names: [String])] = []
        for (check, route) in routes.enumerated() {
            switch route {
            case .every: every.append(check)
            case .positions(let positions):
                byType.append((check, positions, Self.firstPosition(atLeast: range.lowerBound, in: positions)))
            case .properties(let names): byProperty.append((check, names))
            }
        }
        for position in range {
            let entity = entities[position]
            for check in every { inspections[check].inspect(entity) }
            for route in byType.indices where byType[route].next < byType[route].positions.count {
                guard byType[route].positions[byType[route].next] == position else { continue }
                inspections[byType[route].check].inspect(entity)
                byType[route].next += 1
            }
            for route in byProperty where entity.object.members.contains(where: { route.names.contains($0.key) }) {
                inspections[route.check].inspect(entity)
            }
        }
        return inspections.enumerated().map { check, inspection in
            number == 0 ? checks[check].crateFindings(in: context) + inspection.findings : inspection.findings
        }
    }

    /// The place of the first value at least `index` in an ascending array.
    private static func firstPosition(atLeast index: Int, in ascending: [Int]) -> Int {
        var (low, high) = (0, ascending.count)
        while low < high {
            let middle = (low + high) / 2
            if ascending[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
