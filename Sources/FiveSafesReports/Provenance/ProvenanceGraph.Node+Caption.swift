internal import FiveSafesKit

/// How the graph views (DOT, Mermaid) label and colour a node.
extension ProvenanceGraph.Node {
    /// The label, and an activity's start and end times on a second line.
    var caption: String {
        guard kind == .activity else { return label }
        let times = [start, end].compactMap { $0 }.joined(separator: " – ")
        return times.isEmpty ? label : label + "\n" + times
    }

    /// An activity's fill colour by status: completed blue, failed red, active green, else grey.
    var colour: String {
        switch status {
        case .completed: "#9fb1fc"
        case .failed: "#f4a6a6"
        case .active: "#c6e2a4"
        default: "#e0e0e0"
        }
    }
}
