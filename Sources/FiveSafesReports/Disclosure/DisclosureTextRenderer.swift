public import FiveSafesKit
internal import OutputChecking

/// `disclosure check` for a terminal: per output its verdict and located findings, then one line of totals.
public struct DisclosureTextRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The whole report.
    public func render(_ report: DisclosureReport) -> String {
        report.text()
    }

    /// The line of totals that ends the report, also the one line printed when the report goes to a file.
    public func summary(_ report: DisclosureReport) -> String {
        report.summaryLine()
    }
}

extension DisclosureReport {
    /// The report for a terminal: per output its verdict, every kept finding located (`file:row:column`), the
    /// columns' summaries, then one line of totals.
    func text() -> String {
        var lines: [String] = [
            "disclosure check of \(input) (threshold \(policy.threshold), zeros \(policy.zerosAreDisclosive ? "disclosive" : "allowed"), NK n=\(policy.nkN) k=\(Self.number(policy.nkK)), p=\(Self.number(policy.pRatio)), dof \(policy.minimumDegreesOfFreedom)\(policy.roundingBase.map { ", rounding base \($0)" } ?? ""))"
        ]
        for output in outputs {
            var heading = "\(output.file): \(output.status.rawValue.uppercased())"
            if output.rows > 0 { heading += " (\(output.rows) rows)" }
            if let exception = exceptions[output.file], output.status != .pass {
                heading += " — released by a recorded exception: \(exception)"
            }
            lines.append(heading)
            for finding in output.findings {
                let place = [output.file, finding.row.map(String.init), finding.column.map(String.init)].compactMap { $0 }.joined(
                    separator: ":")
                lines.append("  \(place): \(finding.rule.outcome.rawValue): [\(finding.rule.rawValue)] \(finding.message)")
            }
            let hidden = output.totalFindings - output.findings.count
            if hidden > 0 { lines.append("  … and \(hidden) more finding\(hidden == 1 ? "" : "s") (counts: \(Self.counts(output)))") }
            let numeric = output.columns.filter { $0.numbers > 0 }
            if !numeric.isEmpty { lines.append("  columns: " + numeric.map(Self.describe).joined(separator: "; ")) }
        }
        lines.append(summaryLine())
        return lines.joined(separator: "\n") + "\n"
    }

    /// The line of totals that ends ``text()``, also the one line printed when the report goes to a file.
    func summaryLine() -> String {
        let cleared = outputs.count { $0.status != .pass && $0.status != .notChecked && exceptions[$0.file] != nil }
        return
            "\(outputs.count) output\(outputs.count == 1 ? "" : "s"): \(count(.pass)) pass, \(count(.fail)) fail, \(count(.review)) review, \(count(.notChecked)) not checked"
            + (cleared > 0 ? "; \(cleared) released by recorded exceptions" : "")
    }

    static func describe(_ column: ColumnSummary) -> String {
        var parts = ["\(column.name) (\(column.kind.rawValue))"]
        if let minimum = column.minimum { parts.append("min \(number(minimum))") }
        if let minimum = column.minimumNonZero { parts.append("min>0 \(number(minimum))") }
        if let maximum = column.maximum { parts.append("max \(number(maximum))") }
        parts.append("sum \(number(column.sum))")
        if column.kind == .count, let rounding = column.roundingEvidence { parts.append("rounded: \(rounding)") }
        return parts.joined(separator: " ")
    }

    static func counts(_ output: TableCheck) -> String {
        output.counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }

    /// A number without a trailing `.0` for whole values.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
