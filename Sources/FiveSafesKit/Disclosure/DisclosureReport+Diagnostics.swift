public import FiveSafesDiagnostics
internal import OutputChecking

extension DisclosureReport {
    /// The findings as a validation report, for the SARIF renderer: a failing rule is an error (`required`),
    /// review and not-checked are warnings (`recommended`); released outputs are left out.
    public func validationReport() -> ValidationReport {
        var diagnostics: [Diagnostic] = []
        for output in outputs where exceptions[output.file] == nil || output.status == .pass {
            for finding in output.findings {
                diagnostics.append(
                    Diagnostic(
                        rule: finding.rule.rawValue, severity: finding.rule.outcome == .fail ? .required : .recommended,
                        message: finding.message,
                        location: Location(file: output.file, property: finding.columnName, line: finding.row, column: finding.column)
                    ))
            }
        }
        return ValidationReport(
            input: input, profile: .init(id: "disclosure", version: nil, iri: nil), phase: .result,
            level: .recommended, diagnostics: diagnostics,
            checked: .init(rules: SDCRule.allCases.count, files: outputs.count), elapsedMilliseconds: 0)
    }

    /// The SDC rules as catalogue entries (SARIF `rules`).
    public static var ruleInfos: [RuleInfo] {
        SDCRule.allCases.map { rule in
            RuleInfo(
                id: rule.rawValue, name: rule.rawValue, severity: rule.outcome == .fail ? .required : .recommended,
                summary: rule.summary, section: "Disclosure control")
        }
    }
}
