public import FiveSafesDiagnostics

/// The `--format github` report: GitHub Actions workflow commands, one per finding, which GitHub shows as
/// annotations on the pull request and the job summary:
/// `::error file=crate/ro-crate-metadata.json,line=41,col=5::[5S-RUN-05] message`.
///
/// required → `::error`, recommended → `::warning`, optional → `::notice`. Property values escape `%`, CR, LF,
/// `:` and `,`; the message escapes `%`, CR and LF, as the runner requires; other control characters (ESC, NUL,
/// C1, bidi controls) are written as `\u{XX}`. Files are named as seen from the
/// directory the command ran in (a finding inside a ZIP names the ZIP). The last line is the text summary.
public struct GitHubRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The workflow commands, then the one-line summary.
    public func render(_ report: ValidationReport) -> String {
        var output = ""
        for issue in report.issues {
            output += Self.command(issue, input: report.input) + "\n"
        }
        output += TextReportRenderer().summary(report) + "\n"
        return output
    }

    /// One workflow command for a finding.
    static func command(_ issue: Diagnostic, input: String) -> String {
        let command: String
        switch issue.severity {
        case .required: command = "error"
        case .recommended: command = "warning"
        case .optional: command = "notice"
        }
        var properties: [String] = []
        let path = ReportPaths.path(of: issue.location.file, input: input)
        if let file = path ?? (input == "-" ? nil : input) {
            properties.append("file=" + escapeProperty(file))
            if path != nil, let line = issue.location.line {
                properties.append("line=\(line)")
                if let column = issue.location.column { properties.append("col=\(column)") }
            }
        }
        let head = properties.isEmpty ? "::\(command)" : "::\(command) " + properties.joined(separator: ",")
        return head + "::" + escapeData("[\(issue.rule)] \(issue.message)")
    }

    /// The message part: `%`, CR and LF escaped.
    static func escapeData(_ value: String) -> String {
        escape(value, property: false)
    }

    /// A property value: as data, plus `:` and `,`.
    static func escapeProperty(_ value: String) -> String {
        escape(value, property: true)
    }

    private static func escape(_ value: String, property: Bool) -> String {
        var output = ""
        for character in value.unicodeScalars {
            switch character {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case ":" where property: output += "%3A"
            case "," where property: output += "%2C"
            // ESC, NUL, other C0/C1 controls and bidi controls from the crate: shown as `\u{1b}`, never passed on
            // raw to the log viewer.
            case _ where TerminalText.needsEscape(character): output += TerminalText.printable(String(character))
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }
}
