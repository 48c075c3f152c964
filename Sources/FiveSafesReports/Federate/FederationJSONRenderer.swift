internal import FiveSafesDiagnostics
public import FiveSafesKit
internal import JSONLD

/// `federate --format json`: the record written, the nodes it references, and each validation report in
/// `validate --format json`'s shape (the record's first).
public struct FederationJSONRenderer: ReportRenderer {
    /// The tool version written in the `fivesafes` key.
    public var toolVersion: String

    /// Creates a renderer.
    public init(toolVersion: String = FiveSafesVersion.current) {
        self.toolVersion = toolVersion
    }

    /// The result as one JSON object.
    public func render(_ result: FederationResult) -> String {
        let renderer = JSONReportRenderer(toolVersion: toolVersion)
        let reports = result.reports.map { report -> JSONValue in
            // The validate renderer's own output, parsed back: one shape for `validate` and `federate`.
            (try? JSONParser().parse(Array(renderer.render(report).utf8)).value) ?? .null
        }
        let value = JSONValue.orderedObject([
            ("fivesafes", .string(toolVersion)),
            ("record", .string(result.metadataPath)),
            ("backup", .optional(result.backupPath)),
            ("isVersionOf", .string(result.record)),
            ("identifier", .string(result.identifier)),
            ("valid", .bool(result.isValid)),
            (
                "nodes",
                .list(result.nodes.map { .orderedObject([("input", .string($0.input)), ("identifier", .string($0.identifier))]) })
            ),
            ("reports", .list(reports)),
        ])
        return JSONWriter().string(value) + "\n"
    }
}
