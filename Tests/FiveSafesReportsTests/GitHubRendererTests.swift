import FiveSafesKit
import FiveSafesReports
import Testing

/// `--format github` from report values: the runner's escapes for data and properties, and no raw control
/// character from a crate ever reaching the log (moved from the CLI's ReportFormatTests, which keep the whole-command
/// checks).
@Suite struct GitHubRendererTests {
    /// A request-phase report of RO-Crate 1.2 at --level optional, for renderer tests.
    static func report(input: String, _ diagnostics: [Diagnostic]) -> ValidationReport {
        ValidationReport(
            input: input, profile: .init(id: "ro-crate", version: "1.2", iri: nil), phase: .request,
            level: .optional, diagnostics: diagnostics, checked: .init(), elapsedMilliseconds: 1
        )
    }

    @Test func githubEscapesDataAndProperties() {
        let issue = Diagnostic(
            rule: "5S-RUN-05",
            severity: .recommended,
            message: "50% done\r\nnext: a, b",
            location: Location(file: "x:y,z.json", line: 3, column: 7)
        )
        let optional = Diagnostic(rule: "RC-X-01", severity: .optional, message: "m", location: Location(file: "f.json"))
        let report = Self.report(input: "dir", [issue, optional])
        let lines = GitHubRenderer().render(report).split(separator: "\n").map(String.init)
        #expect(lines[0] == "::notice file=dir/f.json::[RC-X-01] m")
        #expect(lines[1] == "::warning file=dir/x%3Ay%2Cz.json,line=3,col=7::[5S-RUN-05] 50%25 done%0D%0Anext: a, b")
        #expect(lines.count == 3)
    }

    @Test func githubNeverPassesRawControlCharacters() {
        let issue = Diagnostic(
            rule: "RC-DE-01",
            severity: .required,
            message: "`#ctl\u{1B}[2J\u{0}tail\u{85}\u{202E}x` is not described",
            location: Location(file: "ro-crate-metadata.json", line: 1, column: 1)
        )
        let report = Self.report(input: "crate\u{1B}]8;;x", [issue])
        let output = GitHubRenderer().render(report)
        for control in ["\u{1B}", "\u{0}", "\u{85}", "\u{202E}"] {
            #expect(!output.contains(control), "raw \(control.debugDescription) in \(output.debugDescription)")
        }
        let first = output.split(separator: "\n").map(String.init).first ?? ""
        #expect(first.hasSuffix(#"::[RC-DE-01] `#ctl\u{1b}[2J\u{0}tail\u{85}\u{202e}x` is not described"#), "\(first)")
        #expect(first.contains(#"file=crate\u{1b}]8;;x/ro-crate-metadata.json"#), "\(first)")
    }
}
