public import FiveSafesDiagnostics

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

    /// The report as a JUnit XML document.
    public func render(_ report: ValidationReport) -> String {
        let rules = RuleInfo.covering(report, catalogue: self.rules)
        var findings: [String: [Diagnostic]] = [:]
        for issue in report.issues { findings[issue.rule, default: []].append(issue) }
        let suiteName = [report.profile.id, report.profile.version].compactMap { $0 }.joined(separator: " ")
        let className = "fivesafes.\(report.profile.id)"
        var cases = ""
        var failures = 0
        var errors = 0
        var skipped = 0
        for rule in rules {
            let name = Self.attribute("[\(rule.id)] \(rule.summary)")
            cases += "    <testcase name=\"\(name)\" classname=\"\(Self.attribute(className))\" time=\"0\""
            if let issues = findings[rule.id] {
                let fatal = issues.contains(where: \.isFatal)
                if fatal { errors += 1 } else { failures += 1 }
                let element = fatal ? "error" : "failure"
                let first = issues[0].message + (issues.count > 1 ? " (and \(issues.count - 1) more)" : "")
                let body = issues.map { Self.line($0, input: report.input) }.joined(separator: "\n")
                cases += ">\n      <\(element) message=\"\(Self.attribute(first))\" type=\"\(rule.severity.rawValue)\">"
                cases += Self.text(body) + "</\(element)>\n    </testcase>\n"
            } else if let reason = skipReason(rule, report: report) {
                skipped += 1
                cases += ">\n      <skipped message=\"\(Self.attribute(reason))\"/>\n    </testcase>\n"
            } else {
                cases += "/>\n"
            }
        }
        let seconds = Self.seconds(report.elapsedMilliseconds)
        let counts =
            "tests=\"\(rules.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" "
            + "time=\"\(seconds)\""
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"fivesafes validate\" \(counts)>\n"
        output += "  <testsuite name=\"\(Self.attribute("\(report.input) (\(suiteName))"))\" \(counts)>\n"
        output += "    <properties>\n"
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
        for (name, value) in properties {
            output += "      <property name=\"\(name)\" value=\"\(Self.attribute(value))\"/>\n"
        }
        output += "    </properties>\n"
        output += cases
        output += "  </testsuite>\n</testsuites>\n"
        return output
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

    /// Character data: markup characters escaped; controls shown as `\u{XX}`, U+FFFE/U+FFFF replaced by U+FFFD.
    static func text(_ value: String) -> String {
        escape(value, attribute: false)
    }

    /// An attribute value in double quotes; line breaks and tabs kept as character references.
    static func attribute(_ value: String) -> String {
        escape(value, attribute: true)
    }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "\n" where attribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where attribute: output += "&#9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            // Controls XML forbids (ESC, NUL), and C1 and bidi controls it allows but a reader is fooled by: shown as
            // `\u{1b}`, so the report stays well-formed and says something was there.
            case _ where TerminalText.needsEscape(scalar): output += TerminalText.printable(String(scalar))
            case "\u{FFFE}", "\u{FFFF}": output.unicodeScalars.append("\u{FFFD}")
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
