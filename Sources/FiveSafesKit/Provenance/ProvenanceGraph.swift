internal import JSONLD
public import ROCrate

/// A PROV-O view of a crate's lifecycle: each phase action is a `prov:Activity`, its agents are `prov:Agent`s,
/// what it assessed or used is a `prov:Entity` it `used`, and its results are entities it `generated`.
public struct ProvenanceGraph: Sendable {
    /// The PROV class of a node.
    public enum Kind: String, Sendable { case activity, agent, entity }

    /// An activity, agent or entity.
    public struct Node: Sendable {
        /// The crate `@id` (or blank node id).
        public let id: String
        /// Its PROV class.
        public let kind: Kind
        /// Its name, else its `@id`.
        public let label: String
        /// Its `@type`s in the crate.
        public var types: [String] = []
        /// An activity's lifecycle phase.
        public var phase: LifecyclePhase?
        /// An activity's `actionStatus`.
        public var status: ActionStatus?
        /// An activity's `startTime`, as written.
        public var start: String?
        /// An activity's `endTime`, as written.
        public var end: String?
    }

    /// PROV relations, by their `prov:` local name.
    public struct Edge: Equatable, Sendable {
        /// The subject's id.
        public let from: String
        /// The `prov:` local name (`used`, `generated`, `wasAssociatedWith`, …).
        public let relation: String
        /// The object's id.
        public let to: String
    }

    /// Every node, activities in lifecycle order first seen.
    public private(set) var nodes: [Node] = []
    /// Every relation, in the order found.
    public private(set) var edges: [Edge] = []
    private var seen: Set<String> = []

    /// The graph of a crate's lifecycle.
    public init(_ crate: Crate) {
        let timeline = LifecycleTimeline(crate)
        var previous: String?
        for entry in timeline.entries {
            guard let action = crate.entity(entry.id) else { continue }
            add(
                Node(
                    id: entry.id, kind: .activity, label: "\(entry.phase.title): \(entry.status?.shortName ?? "unknown")",
                    types: action.types, phase: entry.phase, status: entry.status, start: entry.start, end: entry.end))
            for agent in entry.agents {
                addAgent(agent, in: crate)
                link(entry.id, "wasAssociatedWith", agent)
            }
            for used in action.references("object") + action.references("instrument") {
                addEntity(used, in: crate)
                link(entry.id, "used", used)
            }
            for output in action.references("result") {
                addEntity(output, in: crate)
                link(entry.id, "generated", output)
                link(output, "wasGeneratedBy", entry.id)
            }
            if let previous, previous != entry.id { link(entry.id, "wasInformedBy", previous) }
            previous = entry.id
        }
    }

    private mutating func add(_ node: Node) {
        guard seen.insert(node.id).inserted else { return }
        nodes.append(node)
    }

    private mutating func link(_ from: String, _ relation: String, _ to: String) {
        let edge = Edge(from: from, relation: relation, to: to)
        if !edges.contains(edge) { edges.append(edge) }
    }

    private mutating func addAgent(_ id: String, in crate: Crate) {
        let entity = crate.entity(id)
        add(Node(id: id, kind: .agent, label: entity?.string("name") ?? id, types: entity?.types ?? []))
        for provider in entity?.references("provider") ?? [] where provider != id {
            addAgent(provider, in: crate)
            link(id, "actedOnBehalfOf", provider)
        }
    }

    private mutating func addEntity(_ id: String, in crate: Crate) {
        let entity = crate.entity(id)
        let label = id == crate.root?.id ? "Crate " + (entity?.string("name") ?? id) : entity?.string("name") ?? id
        add(Node(id: id, kind: .entity, label: label, types: entity?.types ?? []))
    }

    /// The PROV-O classes of a node.
    /// The PROV types of a node (`prov:Agent` and its subclass for a person, organisation or software).
    public func provTypes(_ node: Node) -> [String] {
        switch node.kind {
        case .activity: return ["prov:Activity"]
        case .entity: return ["prov:Entity"]
        case .agent:
            if node.types.contains("SoftwareApplication") { return ["prov:Agent", "prov:SoftwareAgent"] }
            if node.types.contains("Person") { return ["prov:Agent", "prov:Person"] }
            if node.types.contains("Organization") { return ["prov:Agent", "prov:Organization"] }
            return ["prov:Agent"]
        }
    }
}
