public import FiveSafesKit
internal import OutputChecking
internal import XMLSupport

/// `disclosure check --format html`: a self-contained page for the output reviewer, with the same cards and
/// styles as `inspect --format html` (``HTMLCards``).
public struct DisclosureHTMLRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The report as an HTML5 page.
    public func render(_ report: DisclosureReport) -> String {
        report.html()
    }
}

extension DisclosureReport {
    /// A self-contained page for the output reviewer (inline CSS, no scripts), built as a markup tree and
    /// written by libxml2, so every cell value and file name is escaped text. Same cards and styles as `inspect`.
    func html() -> String {
        let title = "Disclosure check of \(input)"
        var body = MarkupElement("body")
        body.append(MarkupElement("header", [:], [.element(MarkupElement("h1", text: title))]))
        var main = MarkupElement("main")
        main.append(
            HTMLCards.card(
                "Policy",
                [
                    HTMLCards.definitions([
                        ("Threshold", .text("\(policy.threshold) (zeros \(policy.zerosAreDisclosive ? "disclosive" : "allowed"))")),
                        ("NK rule", .text("n = \(policy.nkN), k = \(Self.number(policy.nkK))")),
                        ("p-ratio", .text(Self.number(policy.pRatio))),
                        ("Degrees of freedom", .text("at least \(policy.minimumDegreesOfFreedom)")),
                        ("Rounding base", .text(policy.roundingBase.map(String.init) ?? "–")),
                        ("Blocked", .text(policy.blockedExtensions.joined(separator: ", "))),
                    ])
                ]))
        main.append(
            HTMLCards.card(
                "Outputs",
                [
                    HTMLCards.table(
                        ["Output", "Verdict", "Rows", "Findings", "Exception"],
                        outputs.map {
                            [$0.file, $0.status.rawValue, String($0.rows), String($0.totalFindings), exceptions[$0.file] ?? "–"]
                        },
                        empty: "The crate has no outputs.", statusColumn: 1
                    )
                ], wide: true))
        for output in outputs where output.totalFindings > 0 || !output.columns.isEmpty {
            var content = [
                HTMLCards.table(
                    ["Row", "Column", "Rule", "Message"],
                    output.findings.map {
                        [$0.row.map(String.init) ?? "–", $0.columnName ?? $0.column.map(String.init) ?? "–", $0.rule.rawValue, $0.message]
                    },
                    empty: "No findings."
                )
            ]
            let numeric = output.columns.filter { $0.numbers > 0 }
            if !numeric.isEmpty {
                content.append(
                    HTMLCards.table(
                        ["Column", "Kind", "Min", "Min > 0", "Max", "Sum", "Rounding"],
                        numeric.map { column in
                            [
                                column.name, column.kind.rawValue, column.minimum.map(Self.number) ?? "–",
                                column.minimumNonZero.map(Self.number) ?? "–",
                                column.maximum.map(Self.number) ?? "–", Self.number(column.sum), column.roundingEvidence ?? "–",
                            ]
                        },
                        empty: ""
                    ))
            }
            main.append(HTMLCards.card("\(output.file): \(output.status.rawValue)", content, wide: true))
        }
        body.append(main)
        body.append(MarkupElement("footer", text: "Made by fivesafes \(FiveSafesVersion.current) disclosure check."))
        let head = MarkupElement(
            "head", [:],
            [
                .element(MarkupElement("meta", ["charset": "utf-8"])),
                .element(MarkupElement("title", text: title)),
                .element(MarkupElement("style", text: HTMLCards.css)),
            ])
        return MarkupWriter.html5(
            MarkupElement("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"], [.element(head), .element(body)]))
    }
}
