internal import Foundation
internal import JSONLD
public import ROCrate

/// Renders a crate's lifecycle timeline for `provenance show`, as aligned text or as JSON.
public struct ProvenanceTimelineRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The timeline of the crate at `path`.
    public func timeline(of path: String) throws(FiveSafesError) -> LifecycleTimeline {
        LifecycleTimeline(try ProvenanceTarget(path).load())
    }

    /// One line per action (phase, status, agent, start → end, name, note), then the gaps and anomalies.
    public func text(_ timeline: LifecycleTimeline) -> String {
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

    /// `{"phases": [...], "flags": [...]}`, keys in a fixed order.
    public func json(_ timeline: LifecycleTimeline) -> String {
        let entries: [JSONValue] = timeline.entries.map { entry in
            .orderedObject([
                ("phase", .string(entry.phase.rawValue)), ("id", .string(entry.id)), ("name", .optional(entry.name)),
                ("status", .optional(entry.status?.shortName)), ("agents", .list(entry.agents.map(JSONValue.string))),
                ("agentNames", .list(entry.agentNames.map(JSONValue.string))), ("start", .optional(entry.start)),
                ("end", .optional(entry.end)), ("note", .optional(entry.note)),
            ])
        }
        let flags: [JSONValue] = timeline.flags.map { flag in
            .orderedObject([
                ("kind", .string(flag.kind.rawValue)), ("rule", .optional(flag.rule)), ("entity", .optional(flag.entity)),
                ("message", .string(flag.message)),
            ])
        }
        return JSONWriter().string(.orderedObject([("phases", .list(entries)), ("flags", .list(flags))])) + "\n"
    }

    func agent(_ entry: LifecycleTimeline.Entry) -> String {
        let names = entry.agentNames.isEmpty ? entry.agents : entry.agentNames
        return names.isEmpty ? "-" : names.joined(separator: ", ")
    }
}
