public import FiveSafesKit
internal import Foundation

/// `provenance show`: one line per action (phase, status, agent, start → end, name), the notes, then the gaps and
/// anomalies.
public struct TimelineTextRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The timeline as aligned text.
    public func render(_ timeline: LifecycleTimeline) -> String {
        var rows = [["PHASE", "STATUS", "AGENT", "START", "END", "NAME"]]
        for entry in timeline.entries {
            rows.append([
                entry.phase.rawValue, entry.status?.shortName ?? "?", agent(entry), entry.start ?? "-", entry.end ?? "-",
                entry.name ?? entry.id,
            ])
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            (0..<5).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[5]
        }
        for entry in timeline.entries {
            if let note = entry.note { lines.append("note (\(entry.phase.rawValue) \(entry.id)): \(note)") }
        }
        if timeline.flags.isEmpty {
            lines.append("no gaps or anomalies")
        }
        for flag in timeline.flags {
            let rule = flag.rule.map { "[\($0)] " } ?? ""
            lines.append("\(flag.kind.rawValue): \(rule)\(flag.message)")
        }
        // Names, agents and notes come from the crate: escape control characters before they reach a terminal.
        return lines.map { TerminalText.printable($0) }.joined(separator: "\n") + "\n"
    }

    private func agent(_ entry: LifecycleTimeline.Entry) -> String {
        let names = entry.agentNames.isEmpty ? entry.agents : entry.agentNames
        return names.isEmpty ? "-" : names.joined(separator: ", ")
    }
}
