/// What `provenance export` renders (PROV-O JSON-LD, Turtle, DOT, Mermaid): a crate's lifecycle as a PROV graph,
/// and the base IRI its relative `@id`s resolve against.
public struct LifecycleExport: Sendable {
    /// The graph.
    public var graph: ProvenanceGraph
    /// `arcp://uuid,<External-Identifier>/` for a bag, else `arcp://name,<folder>/`.
    public var base: String

    /// Creates an export.
    public init(graph: ProvenanceGraph, base: String) {
        self.graph = graph
        self.base = base
    }

    /// An `@id` made absolute against the base (`./` is the base itself); blank nodes and absolute IRIs stay.
    public func resolve(_ id: String) -> String {
        if id.hasPrefix("_:") { return id }
        if let colon = id.firstIndex(of: ":"), id[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
            id.first?.isLetter == true
        {
            return id
        }
        if id == "./" || id == "." || id.isEmpty { return base }
        return base + (id.hasPrefix("./") ? String(id.dropFirst(2)) : id)
    }
}
