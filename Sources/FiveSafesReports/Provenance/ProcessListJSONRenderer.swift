public import FiveSafesKit
internal import JSONLD

/// `provenance show --format json` on a Five Safes 1.0 record: `{"record", "identifier", "state", "version",
/// "processes": [...]}`, each process as `inspect --format json` writes it.
public struct ProcessListJSONRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The record's processes as pretty-printed JSON.
    public func render(_ record: CrateSummary.Record) -> String {
        let value = JSONValue.orderedObject([
            ("record", .string(record.record)), ("identifier", .optional(record.identifier)), ("state", .string(record.state)),
            ("version", record.version.map { .number(String($0)) } ?? .null),
            ("processes", .list(record.processes.map(CrateSummary.processJSON))),
        ])
        return JSONWriter().string(value) + "\n"
    }
}
