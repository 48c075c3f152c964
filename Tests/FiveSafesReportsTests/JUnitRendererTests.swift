import FiveSafesKit
import FiveSafesReports
import Testing

/// `--format junit` from report values: markup characters and characters XML cannot hold are escaped (moved from
/// the CLI's ReportFormatTests, which keep the whole-command checks through libxml2 and Python).
@Suite struct JUnitRendererTests {
    @Test func junitEscapesMarkupAndForbiddenCharacters() {
        let issue = Diagnostic(
            rule: "FS-TEST-001",
            severity: .required,
            message: "a <b> & \"c\"\u{1}",
            location: Location(file: "ro-crate-metadata.json")
        )
        let report = ValidationReport(
            input: "in",
            profile: .init(id: "ro-crate", version: nil, iri: nil),
            phase: .request,
            level: .required,
            diagnostics: [issue],
            checked: .init(),
            elapsedMilliseconds: 1234
        )
        let xml = JUnitRenderer(rules: []).render(report)
        #expect(xml.contains(#"message="a &lt;b&gt; &amp; &quot;c&quot;\u{1}""#), "\(xml)")
        #expect(xml.contains("tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"1.234\""))
    }
}
