public import FiveSafesKit
internal import Foundation
internal import JSONLD

/// `provenance export --format turtle`: PROV-O as RDF 1.1 Turtle, every IRI absolute.
public struct TurtleRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The graph as Turtle.
    public func render(_ export: LifecycleExport) -> String {
        let graph = export.graph
        var blank: [String: String] = [:]
        func term(_ id: String) -> String {
            if id.hasPrefix("_:") {
                if let label = blank[id] { return label }
                let label = "_:b\(blank.count)"
                blank[id] = label
                return label
            }
            return "<" + Self.iriEscaped(export.resolve(id)) + ">"
        }
        var lines = [
            "@prefix prov: <http://www.w3.org/ns/prov#> .", "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
            "@prefix schema: <http://schema.org/> .", "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", "",
        ]
        for node in graph.nodes {
            var statements = ["a " + graph.provTypes(node).joined(separator: ", "), "rdfs:label " + Self.literal(node.label)]
            if let status = node.status { statements.append("schema:actionStatus " + Self.literal(status.rawValue)) }
            for (property, time) in [("prov:startedAtTime", node.start), ("prov:endedAtTime", node.end)] {
                if let time, LifecycleTime.instant(time) != nil { statements.append("\(property) \(Self.literal(time))^^xsd:dateTime") }
            }
            let outgoing = graph.edges.filter { $0.from == node.id }
            for relation in ["used", "generated", "wasGeneratedBy", "wasAssociatedWith", "wasInformedBy", "actedOnBehalfOf"] {
                let targets = outgoing.filter { $0.relation == relation }.map { term($0.to) }
                if !targets.isEmpty { statements.append("prov:\(relation) " + targets.joined(separator: ", ")) }
            }
            lines.append(term(node.id) + "\n    " + statements.joined(separator: " ;\n    ") + " .\n")
        }
        return lines.joined(separator: "\n")
    }

    /// A Turtle string literal. JSON's string escapes (`\"`, `\\`, `\n`, `\uXXXX`, …) are all valid Turtle
    /// ECHAR/UCHAR escapes, so the JSON writer's quoting serves both.
    static func literal(_ text: String) -> String {
        var output = ""
        JSONWriter.quote(text, into: &output)
        return output
    }

    /// An IRI with the characters Turtle's IRIREF forbids percent-encoded.
    static func iriEscaped(_ iri: String) -> String {
        iri.unicodeScalars.map { scalar in
            scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) ? String(format: "%%%02X", scalar.value) : String(scalar)
        }.joined()
    }
}
