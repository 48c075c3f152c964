public import FiveSafesDiagnostics
internal import JSONLD

/// The `--format json` report: one object, keys in the order of the command-line contract.
///
/// Described by `Schemas/report.schema.json`.
public struct JSONReportRenderer: ReportRenderer {
    /// The tool version written in the `fivesafes` key.
    public var toolVersion: String

    /// Creates a renderer.
    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    /// The report as pretty-printed JSON.
    public func render(_ report: ValidationReport) -> String {
        let value = JSONValue.orderedObject([
            ("fivesafes", .string(toolVersion)),
            ("input", .string(report.input)),
            ("profile", report.profile.jsonValue),
            ("phase", .string(report.phase.rawValue)),
            ("level", .string(report.level.rawValue)),
            ("levels", .string(report.levels.rawValue)),
            ("valid", .bool(report.isValid)),
            (
                "counts",
                .orderedObject(
                    [Severity.required, .recommended, .optional].map { ($0.rawValue, .integer(report.count($0))) }
                )
            ),
            ("issues", .list(report.issues.map(Self.issue))),
            ("checked", report.checked.jsonValue),
            ("elapsed_ms", .integer(report.elapsedMilliseconds)),
        ])
        return JSONWriter().string(value) + "\n"
    }

    static func issue(_ diagnostic: Diagnostic) -> JSONValue {
        .orderedObject([
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("entity", .optional(diagnostic.location.entity)),
            ("property", .optional(diagnostic.location.property)),
            ("pointer", .optional(diagnostic.location.pointer?.description)),
            ("file", .string(diagnostic.location.file)),
            ("line", .integer(diagnostic.location.line)),
            ("column", .integer(diagnostic.location.column)),
            ("fix", .optional(diagnostic.fix)),
            ("spec", .optional(diagnostic.spec)),
        ])
    }
}
