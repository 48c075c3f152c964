public import FiveSafesDiagnostics

/// The human report: compiler-style lines `file:line:col: error: [ID] message` (paths as seen from the working
/// directory), then entity and fix lines.
/// Text taken from the crate (names, messages) is printed through ``TerminalText/printable(_:)``.
public struct TextReportRenderer: ReportRenderer {
    /// Whether to colour severities with ANSI escapes.
    public var colour: Bool

    /// Creates a renderer.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The report as text, ending with a one-line summary.
    public func render(_ report: ValidationReport) -> String {
        let style = TerminalStyle(colour: colour)
        var output = ""
        for issue in report.issues {
            // As seen from the working directory (`crate/ro-crate-metadata.json:12:5`); inside a ZIP, the entry.
            var place = TerminalText.printable(ReportPaths.path(of: issue.location.file, input: report.input) ?? issue.location.file)
            if let line = issue.location.line {
                place += ":\(line)"
                if let column = issue.location.column { place += ":\(column)" }
            }
            let message = TerminalText.printable(issue.message)
            output += "\(place): \(paint(issue.severity, style)): [\(issue.rule)] \(message)\n"
            if let entity = issue.location.entity {
                let property = issue.location.property.map { " (\(TerminalText.printable($0)))" } ?? ""
                output += "    entity: \(TerminalText.printable(entity))\(property)\n"
            }
            if let fix = issue.fix { output += "    fix: \(TerminalText.printable(fix))\n" }
        }
        output += summary(report) + "\n"
        return style.finish(output)
    }

    /// One line: verdict, counts, profile, phase and level.
    public func summary(_ report: ValidationReport) -> String {
        let profile = [report.profile.id, report.profile.version].compactMap { $0 }.joined(separator: " ")
        let verdict: String
        if report.isToolFailure {
            verdict = "could not validate"
        } else {
            verdict = report.isValid ? "valid" : "invalid"
        }
        let counts = [Severity.required, .recommended, .optional]
            .map { "\(report.count($0)) \($0.rawValue)" }
            .joined(separator: ", ")
        return "\(TerminalText.printable(report.input)): \(verdict) (\(counts)) against \(profile), phase \(report.phase.rawValue), "
            + "level \(report.level.rawValue)\(report.levels == .reference ? " (reference validator's levels)" : ""); "
            + "\(report.checked.rules) rules, \(report.checked.entities) entities, "
            + "\(report.elapsedMilliseconds) ms"
    }

    /// The severity's word, bold in its colour: required red, recommended yellow, optional cyan.
    private func paint(_ severity: Severity, _ style: TerminalStyle) -> String {
        let code: String
        switch severity {
        case .required: code = "31"
        case .recommended: code = "33"
        case .optional: code = "36"
        }
        return style.wrap("1;\(code)", severity.compilerWord)
    }
}
