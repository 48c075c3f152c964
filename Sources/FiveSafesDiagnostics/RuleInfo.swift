/// What a CI report format needs to know about one rule of the catalogue that was applied.
///
/// SARIF lists every rule in its tool driver, JUnit writes one test case per rule; both take these values
/// from `RuleCatalogue` so that the renderers stay free of profile machinery.
public struct RuleInfo: Sendable, Hashable {
    /// The rule id, e.g. `5S-RUN-05`.
    public var id: String
    /// A short identifier-like name (PascalCase words of the catalogue section), e.g. `RequestedWorkflowRun`.
    public var name: String
    /// The severity of its findings (from the requirement's RFC 2119 level).
    public var severity: Severity
    /// The requirement in the spec's words.
    public var summary: String
    /// A longer explanation, when the catalogue has one.
    public var explanation: String?
    /// How to fix a violation, when known.
    public var fix: String?
    /// The absolute spec link.
    public var helpURI: String?
    /// The catalogue section.
    public var section: String
    /// Why the rule was not evaluated on this input (another phase, `--skip`, `--metadata-only`), or nil.
    public var notEvaluated: String?

    /// Creates rule metadata.
    public init(
        id: String,
        name: String,
        severity: Severity,
        summary: String,
        explanation: String? = nil,
        fix: String? = nil,
        helpURI: String? = nil,
        section: String = "",
        notEvaluated: String? = nil
    ) {
        self.id = id
        self.name = name
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.fix = fix
        self.helpURI = helpURI
        self.section = section
        self.notEvaluated = notEvaluated
    }

    /// The rules a report needs: the catalogue's, then one entry for every reported rule id it lacks (tool-level
    /// `FS-…` findings), so that every result can name a rule.
    public static func covering(_ report: ValidationReport, catalogue rules: [RuleInfo]) -> [RuleInfo] {
        var known = Set(rules.map(\.id))
        var all = rules
        for issue in report.issues where known.insert(issue.rule).inserted {
            all.append(
                RuleInfo(
                    id: issue.rule,
                    name: issue.rule.filter { $0.isLetter || $0.isNumber },
                    severity: issue.severity,
                    summary: "Tool-level check \(issue.rule)",
                    helpURI: issue.spec.flatMap { $0.contains("://") ? $0 : nil },
                    section: "fivesafes"
                )
            )
        }
        return all
    }
}
