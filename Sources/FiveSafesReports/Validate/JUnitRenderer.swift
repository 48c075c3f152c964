public import FiveSafesDiagnostics
internal import XMLSupport

/// The `--format junit` report: JUnit XML as GitLab (`artifacts:reports:junit`), Jenkins and most CI systems read it.
///
/// One `<testsuite>` per input, one `<testcase>` per rule of the applied catalogue: a rule with findings at or
/// above the level fails with every message; a rule that was not evaluated (another phase, `--skip`,
/// `--metadata-only`) or whose severity is below `--level` is skipped with the reason; the input-level failure
/// (unreadable input, exit 2) is an `<error>`. Tool-level findings outside the catalogue get a test case of
/// their own.
public struct JUnitRenderer: ReportRenderer {
    /// The rules of the catalogue applied (see ``RuleInfo``).
    public var rules: [RuleInfo]

    /// Creates a renderer.
    public init(rules: [RuleInfo]) {
        self.rules = rules
    }

    /// The report as a JUnit XML document, built as a markup tree and written by ``MarkupWriter`` (libxml2 escapes
    /// every value; characters XML cannot hold are shown as `\u{XX}` by ``MarkupText``).
    public func render(_ report: ValidationReport) -> String {
        let rules = RuleInfo.covering(report, catalogue: self.rules)
        var findings: [String: [Diagnostic]] = [:]
        for issue in report.issues { findings[issue.rule, default: []].append(issue) }
        let suiteName = [report.profile.id, report.profile.version].compactMap { $0 }.joined(separator: " ")
        let className = "fivesafes.\(report.profile.id)"
        var cases: [MarkupNode] = []
        var failures = 0
        var errors = 0
        var skipped = 0
        for rule in rules {
            var testCase = MarkupElement("testcase", ["name": "[\(rule.id)] \(rule.summary)", "classname": className, "time": "0"])
            if let issues = findings[rule.id] {
                let fatal = issues.contains(where: \.isFatal)
                if fatal { errors += 1 } else { failures += 1 }
                let first = issues[0].message + (issues.count > 1 ? " (and \(issues.count - 1) more)" : "")
                let body = issues.map { Self.line($0, input: report.input) }.joined(separator: "\n")
                testCase.append(
                    MarkupElement(fatal ? "error" : "failure", ["message": first, "type": rule.severity.rawValue], text: body))
            } else if let reason = skipReason(rule, report: report) {
                skipped += 1
                testCase.append(MarkupElement("skipped", ["message": reason]))
            }
            cases.append(.element(testCase))
        }
        let properties: [(String, String)] = [
            ("input", report.input),
            ("profile", report.profile.id),
            ("profile-version", report.profile.version ?? ""),
            ("profile-iri", report.profile.iri ?? ""),
            ("phase", report.phase.rawValue),
            ("level", report.level.rawValue),
            ("levels", report.levels.rawValue),
            ("valid", report.isValid ? "true" : "false"),
        ]
        let propertyList = MarkupElement(
            "properties", [:], properties.map { .element(MarkupElement("property", ["name": $0.0, "value": $0.1])) })
        let suiteElement = { (name: String) in
            MarkupElement(
                name,
                [
                    "name": name == "testsuites" ? "fivesafes validate" : "\(report.input) (\(suiteName))",
                    "tests": String(rules.count), "failures": String(failures), "errors": String(errors),
                    "skipped": String(skipped), "time": Self.seconds(report.elapsedMilliseconds),
                ]
            )
        }
        var suite = suiteElement("testsuite")
        suite.children = [.element(propertyList)] + cases
        var suites = suiteElement("testsuites")
        suites.append(suite)
        return MarkupWriter.xml(suites)
    }

    private func skipReason(_ rule: RuleInfo, report: ValidationReport) -> String? {
        if let reason = rule.notEvaluated { return "not evaluated: \(reason)" }
        if rule.severity < report.level {
            return "\(rule.severity.rawValue) rule, below --level \(report.level.rawValue)"
        }
        return nil
    }

    /// One finding in compiler style with its entity and fix, as the text report prints it.
    private static func line(_ issue: Diagnostic, input: String) -> String {
        var place = ReportPaths.displayPath(of: issue.location.file, input: input)
        if let line = issue.location.line {
            place += ":\(line)"
            if let column = issue.location.column { place += ":\(column)" }
        }
        var text = "\(place): \(issue.severity.compilerWord): [\(issue.rule)] \(issue.message)"
        if let entity = issue.location.entity {
            text += "\n    entity: \(entity)" + (issue.location.property.map { " (\($0))" } ?? "")
        }
        if let fix = issue.fix { text += "\n    fix: \(fix)" }
        return text
    }

    private static func seconds(_ milliseconds: Int) -> String {
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
