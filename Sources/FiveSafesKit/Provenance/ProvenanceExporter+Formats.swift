internal import Foundation
internal import JSONLD
internal import ROCrate

/// Turtle, DOT and Mermaid renderings of the lifecycle graph.
extension ProvenanceExporter {
    func turtle(_ graph: ProvenanceGraph, base: String) -> String {
        var blank: [String: String] = [:]
        func term(_ id: String) -> String {
            if id.hasPrefix("_:") {
                if let label = blank[id] { return label }
                let label = "_:b\(blank.count)"
                blank[id] = label
                return label
            }
            return "<" + Self.iriEscaped(Self.resolve(id, base: base)) + ">"
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

    func dot(_ graph: ProvenanceGraph) -> String {
        var lines = [
            "digraph lifecycle {", "  rankdir=LR;", "  node [fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for node in graph.nodes {
            let style: String
            switch node.kind {
            case .activity: style = "shape=box, style=filled, fillcolor=\"\(Self.colour(node.status))\""
            case .agent: style = "shape=house, style=filled, fillcolor=\"#fed37f\""
            case .entity: style = "shape=ellipse, style=filled, fillcolor=\"#fffc87\""
            }
            lines.append("  \(Self.dotQuoted(node.id)) [label=\(Self.dotQuoted(Self.caption(node))), \(style)];")
        }
        for edge in graph.edges {
            lines.append("  \(Self.dotQuoted(edge.from)) -> \(Self.dotQuoted(edge.to)) [label=\(Self.dotQuoted(edge.relation))];")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    func mermaid(_ graph: ProvenanceGraph) -> String {
        var names: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() { names[node.id] = "n\(index)" }
        var lines = ["flowchart LR"]
        for node in graph.nodes {
            let label = Self.mermaidText(Self.caption(node))
            let name = names[node.id] ?? "n"
            switch node.kind {
            case .activity: lines.append("    \(name)[\"\(label)\"]")
            case .agent: lines.append("    \(name){{\"\(label)\"}}")
            case .entity: lines.append("    \(name)([\"\(label)\"])")
            }
        }
        for edge in graph.edges where edge.relation != "wasGeneratedBy" {
            guard let from = names[edge.from], let to = names[edge.to] else { continue }
            lines.append("    \(from) -->|\(edge.relation)| \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func caption(_ node: ProvenanceGraph.Node) -> String {
        guard node.kind == .activity else { return node.label }
        let times = [node.start, node.end].compactMap { $0 }.joined(separator: " – ")
        return times.isEmpty ? node.label : node.label + "\n" + times
    }

    static func colour(_ status: ActionStatus?) -> String {
        switch status {
        case .completed: "#9fb1fc"
        case .failed: "#f4a6a6"
        case .active: "#c6e2a4"
        default: "#e0e0e0"
        }
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

    static func dotQuoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    static func mermaidText(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br/>")
    }
}
