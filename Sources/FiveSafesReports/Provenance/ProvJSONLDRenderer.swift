public import FiveSafesKit
internal import JSONLD

/// `provenance export --format prov-jsonld`: PROV-O as JSON-LD with an inline context (so it needs no network),
/// every `@id` absolute.
public struct ProvJSONLDRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The graph as pretty-printed JSON-LD.
    public func render(_ export: LifecycleExport) -> String {
        let graph = export.graph
        let context = JSONValue.orderedObject([
            ("prov", .string("http://www.w3.org/ns/prov#")),
            ("rdfs", .string("http://www.w3.org/2000/01/rdf-schema#")), ("schema", .string("http://schema.org/")),
            ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
        ])
        let items: [JSONValue] = graph.nodes.map { node in
            var pairs: [(String, JSONValue)] = [
                ("@id", .string(export.resolve(node.id))), ("@type", .list(graph.provTypes(node).map(JSONValue.string))),
                ("rdfs:label", .string(node.label)),
            ]
            if let status = node.status { pairs.append(("schema:actionStatus", .string(status.rawValue))) }
            for (key, time) in [("prov:startedAtTime", node.start), ("prov:endedAtTime", node.end)] {
                if let time, LifecycleTime.instant(time) != nil {
                    pairs.append((key, .orderedObject([("@value", .string(time)), ("@type", .string("xsd:dateTime"))])))
                }
            }
            let relations = Dictionary(grouping: graph.edges.filter { $0.from == node.id }, by: \.relation)
            for relation in ["used", "generated", "wasGeneratedBy", "wasAssociatedWith", "wasInformedBy", "actedOnBehalfOf"] {
                guard let targets = relations[relation] else { continue }
                pairs.append(
                    ("prov:" + relation, .list(targets.map { .orderedObject([("@id", .string(export.resolve($0.to)))]) })))
            }
            return .orderedObject(pairs)
        }
        return JSONWriter().string(.orderedObject([("@context", context), ("@graph", .list(items))])) + "\n"
    }
}
