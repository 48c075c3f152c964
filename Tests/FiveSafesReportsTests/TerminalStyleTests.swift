import FiveSafesKit
import Testing

@testable import FiveSafesReports

/// The one colour styler: its codes reach the terminal as ESC sequences, while an ESC from the crate is always
/// shown escaped, in the validate report and in inspect's alike.
@Suite struct TerminalStyleTests {
    static let report = ValidationReport(
        input: "crate",
        profile: .init(id: "ro-crate", version: "1.2", iri: nil),
        phase: .request,
        level: .optional,
        diagnostics: [
            Diagnostic(
                rule: "RC-DE-01", severity: .required, message: "`#a\u{1B}[2Jb` is not described",
                location: Location(file: "ro-crate-metadata.json", line: 2, column: 3))
        ],
        checked: .init(),
        elapsedMilliseconds: 1
    )

    @Test func validateColoursItsSeverityWordAndEscapesTheCratesESC() {
        let coloured = TextReportRenderer(colour: true).render(Self.report)
        let first = coloured.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            first == "crate/ro-crate-metadata.json:2:3: \u{1B}[1;31merror\u{1B}[0m: [RC-DE-01] `#a\\u{1b}[2Jb` is not described",
            "\(first.debugDescription)")
        #expect(coloured.count { $0 == "\u{1B}" } == 2)
        let plain = TextReportRenderer(colour: false).render(Self.report)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.hasPrefix("crate/ro-crate-metadata.json:2:3: error: [RC-DE-01]"))
    }

    @Test func theStylerOnlyTurnsItsOwnMarkersIntoESC() {
        let style = TerminalStyle(colour: true)
        let text = style.finish(style.bold("title") + " \\u{1b}[2J")
        #expect(text == "\u{1B}[1mtitle\u{1B}[0m \\u{1b}[2J")
        let plain = TerminalStyle(colour: false)
        #expect(plain.finish(plain.bold("title")) == "title")
    }
}
