public import FiveSafesKit
internal import Foundation

/// `provenance export --format mermaid`: a Mermaid flowchart.
public struct MermaidRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The graph as a Mermaid flowchart.
    public func render(_ export: LifecycleExport) -> String {
        let graph = export.graph
        var names: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() { names[node.id] = "n\(index)" }
        var lines = ["flowchart LR"]
        for node in graph.nodes {
            let label = Self.mermaidText(node.caption)
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

    static func mermaidText(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br/>")
    }
}
