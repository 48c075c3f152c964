public import FiveSafesKit
internal import Foundation

/// `provenance export --format dot`: a Graphviz digraph in PROV's usual shapes and colours.
public struct DOTRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The graph as DOT.
    public func render(_ export: LifecycleExport) -> String {
        let graph = export.graph
        var lines = [
            "digraph lifecycle {", "  rankdir=LR;", "  node [fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for node in graph.nodes {
            let style: String
            switch node.kind {
            case .activity: style = "shape=box, style=filled, fillcolor=\"\(node.colour)\""
            case .agent: style = "shape=house, style=filled, fillcolor=\"#fed37f\""
            case .entity: style = "shape=ellipse, style=filled, fillcolor=\"#fffc87\""
            }
            lines.append("  \(Self.dotQuoted(node.id)) [label=\(Self.dotQuoted(node.caption)), \(style)];")
        }
        for edge in graph.edges {
            lines.append("  \(Self.dotQuoted(edge.from)) -> \(Self.dotQuoted(edge.to)) [label=\(Self.dotQuoted(edge.relation))];")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    static func dotQuoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
