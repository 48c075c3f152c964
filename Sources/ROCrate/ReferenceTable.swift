internal import Algorithms
internal import Dispatch
internal import JSONLD

/// Every `{"@id"}` reference of the graph, resolved once: forward (what each entity references, in member then value
/// order, with the position of the entity each `@id` names) and reverse (who references each entity).
///
/// Rules that follow references ask the table instead of looking each `@id` up again: on 100,000 entities the same
/// 100,000 `hasPart` references were hashed and compared by half a dozen walks (root reach, run results, contextual
/// links, the reverse index), ~20 % of the CPU time. Built once when the crate loads, in parallel slices.
struct ReferenceTable: Sendable {
    /// `links[firstLinks[p]..<firstLinks[p + 1]]` are the references the entity at position `p` makes.
    private let firstLinks: [Int]
    /// Every reference, grouped by the entity that makes it, in graph, member and value order.
    private let links: [Crate.Link]
    /// `referrers[firstReferrers[p]..<firstReferrers[p + 1]]` are the references to the entity at position `p`.
    private let firstReferrers: [Int]
    /// The references to described entities, grouped by target position, each group in graph order.
    private let referrers: [Crate.Reference]
    /// The references to `@id`s no entity has, in graph order.
    private let undescribed: [String: [Crate.Reference]]

    /// Resolves every reference among the non-keyword property values of `entities` with `position`.
    init(entities: [Entity], position: @Sendable (String) -> Int?) {
        // Collected by slices of entities, then resolved by equal slices of references (one entity, the root's
        // `hasPart`, may hold most of them), on all cores; each job writes only its own slot or slice.
        let entitySlices = Self.slices(of: entities.count)
        let collected = entitySlices.concurrentMap({ Self.collect(entities[$0]) }, default: (links: [], counts: []))
        var firstLinks = [0]
        firstLinks.reserveCapacity(entities.count + 1)
        var links: [Crate.Link] = []
        links.reserveCapacity(collected.reduce(0) { $0 + $1.links.count })
        for slice in collected {
            links += slice.links
            for count in slice.counts { firstLinks.append(firstLinks[firstLinks.count - 1] + count) }
        }
        let linkSlices = Self.slices(of: links.count)
        links.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: linkSlices.count) { slice in
                for place in linkSlices[slice] { buffer[place].target = position(buffer[place].id) }
            }
        }
        self.firstLinks = firstLinks
        self.links = links
        (firstReferrers, referrers, undescribed) = Self.reverse(links, firstLinks: firstLinks, entities: entities)
    }

    /// `count` items cut into ranges of about 4,096 (at most 64).
    private static func slices(of count: Int) -> [Range<Int>] {
        Array((0..<count).evenlyChunked(in: max(1, min(64, count / 4_096))))
    }

    /// The references the entities of one slice make, not yet resolved, and how many each makes.
    private static func collect(_ slice: ArraySlice<Entity>) -> (links: [Crate.Link], counts: [Int]) {
        var links: [Crate.Link] = []
        var counts: [Int] = []
        counts.reserveCapacity(slice.count)
        for entity in slice {
            let before = links.count
            append(entity, to: &links)
            counts.append(links.count - before)
        }
        return (links, counts)
    }

    /// The references one entity makes, resolved with `position`.
    static func links(of entity: Entity, position: (String) -> Int?) -> [Crate.Link] {
        var links: [Crate.Link] = []
        append(entity, to: &links)
        for place in links.indices { links[place].target = position(links[place].id) }
        return links
    }

    /// Appends the references `entity` makes among its non-keyword property values, in member then value order,
    /// not yet resolved.
    private static func append(_ entity: Entity, to links: inout [Crate.Link]) {
        for (member, property) in entity.object.members.enumerated() where !property.key.hasPrefix("@") {
            entity.forEachValue(of: property) { value, index in
                guard let id = value.referenceID else { return }
                links.append(Crate.Link(member: member, index: index, id: id))
            }
        }
    }

    /// The reverse references, by a counting sort on the target (which keeps each group in graph order).
    private static func reverse(
        _ links: [Crate.Link], firstLinks: [Int], entities: [Entity]
    ) -> (starts: [Int], referrers: [Crate.Reference], undescribed: [String: [Crate.Reference]]) {
        var starts = [Int](repeating: 0, count: entities.count + 1)
        for link in links { if let target = link.target { starts[target + 1] += 1 } }
        for position in starts.indices.dropFirst() { starts[position] += starts[position - 1] }
        var next = starts
        // Every slot is overwritten below: the count of each group is exact.
        var referrers = [Crate.Reference](repeating: Crate.Reference(from: 0, property: ""), count: starts[entities.count])
        var undescribed: [String: [Crate.Reference]] = [:]
        for (from, entity) in entities.enumerated() {
            for link in links[firstLinks[from]..<firstLinks[from + 1]] {
                let reference = Crate.Reference(from: from, property: entity.object.members[link.member].key)
                if let target = link.target {
                    referrers[next[target]] = reference
                    next[target] += 1
                } else {
                    undescribed[link.id, default: []].append(reference)
                }
            }
        }
        return (starts, referrers, undescribed)
    }

    /// The references the entity at `position` makes.
    func links(from position: Int) -> ArraySlice<Crate.Link> {
        links[firstLinks[position]..<firstLinks[position + 1]]
    }

    /// The references to the entity at `position`, or to an `@id` no entity has (`position` nil).
    func references(toPosition position: Int?, id: String) -> [Crate.Reference] {
        guard let position else { return undescribed[id] ?? [] }
        return Array(referrers[firstReferrers[position]..<firstReferrers[position + 1]])
    }
}
