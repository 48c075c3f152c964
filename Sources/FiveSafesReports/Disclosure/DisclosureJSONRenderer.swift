public import FiveSafesKit
internal import JSONLD
internal import OutputChecking

/// `disclosure check --format json`: the policy, totals, and per output its verdict, findings and column summaries.
public struct DisclosureJSONRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The report as pretty-printed JSON.
    public func render(_ report: DisclosureReport) -> String {
        report.json()
    }
}

extension DisclosureReport {
    /// The report as JSON: the policy, totals, and per output its verdict, findings and column summaries.
    func json() -> String {
        let value = JSONValue.orderedObject([
            ("fivesafes", .string(FiveSafesVersion.current)), ("input", .string(input)),
            ("policy", Self.json(policy)),
            ("cleared", .bool(isCleared)),
            (
                "summary",
                .orderedObject([
                    ("outputs", .integer(outputs.count)), ("pass", .integer(count(.pass))), ("fail", .integer(count(.fail))),
                    ("review", .integer(count(.review))), ("notChecked", .integer(count(.notChecked))),
                ])
            ),
            (
                "outputs",
                .list(
                    outputs.map { output in
                        .orderedObject([
                            ("file", .string(output.file)), ("status", .string(output.status.rawValue)),
                            ("exception", .optional(exceptions[output.file])), ("rows", .integer(output.rows)),
                            (
                                "counts",
                                .orderedObject(
                                    output.counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map {
                                        ($0.key.rawValue, .integer($0.value))
                                    })
                            ),
                            ("findings", .list(output.findings.map(Self.json))),
                            ("columns", .list(output.columns.map(Self.json))),
                        ])
                    })
            ),
        ])
        return JSONWriter().string(value) + "\n"
    }

    static func json(_ policy: DisclosurePolicy) -> JSONValue {
        .orderedObject([
            ("threshold", .integer(policy.threshold)), ("zerosAreDisclosive", .bool(policy.zerosAreDisclosive)),
            ("dof", .integer(policy.minimumDegreesOfFreedom)),
            ("nk", .orderedObject([("n", .integer(policy.nkN)), ("k", .number(number(policy.nkK)))])),
            ("p", .number(number(policy.pRatio))), ("roundingBase", .integer(policy.roundingBase)),
            ("blockedExtensions", .list(policy.blockedExtensions.map(JSONValue.string))),
            ("countColumns", .list(policy.countColumns.map(JSONValue.string))),
            ("contributionsColumn", .optional(policy.contributionsColumn)),
            ("cellColumns", .list(policy.cellColumns.map(JSONValue.string))),
        ])
    }

    static func json(_ finding: CellFinding) -> JSONValue {
        .orderedObject([
            ("rule", .string(finding.rule.rawValue)), ("outcome", .string(finding.rule.outcome.rawValue)),
            ("row", .integer(finding.row)), ("column", .integer(finding.column)), ("columnName", .optional(finding.columnName)),
            ("message", .string(finding.message)),
        ])
    }

    static func json(_ column: ColumnSummary) -> JSONValue {
        func value(_ number: Double?) -> JSONValue { number.map { .number(Self.number($0)) } ?? .null }
        return .orderedObject([
            ("name", .string(column.name)), ("index", .integer(column.index)), ("kind", .string(column.kind.rawValue)),
            ("numbers", .integer(column.numbers)), ("min", value(column.minimum)), ("minNonZero", value(column.minimumNonZero)),
            ("max", value(column.maximum)), ("sum", value(column.numbers > 0 ? column.sum : nil)),
            ("rounding", .optional(column.kind == .count ? column.roundingEvidence : nil)),
        ])
    }
}
