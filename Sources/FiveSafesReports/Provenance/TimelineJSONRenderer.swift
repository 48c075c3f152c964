public import FiveSafesKit
internal import JSONLD

/// `provenance show --format json`: `{"phases": [...], "flags": [...]}`, keys in a fixed order.
public struct TimelineJSONRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The timeline as pretty-printed JSON.
    public func render(_ timeline: LifecycleTimeline) -> String {
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
}
