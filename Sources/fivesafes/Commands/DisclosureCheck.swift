import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes disclosure check CRATE`: the SDC rules on every output, reported as text, JSON, SARIF or HTML.
struct DisclosureCheck: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Apply the disclosure rules to the tables in a result crate's outputs/.",
        discussion: """
            Examples:
              fivesafes disclosure check result-crate/
              fivesafes disclosure check --policy tre-policy.yaml --format json result/
              fivesafes disclosure check --contributions-column turnover result/
              fivesafes disclosure check --format html -o review.html result/
            """
    )

    static let messageName = "disclosure check"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var policy: DisclosurePolicyOptions

    @Argument(help: "A result crate folder, a bag folder, or its ro-crate-metadata.json.")
    var path: String

    @Option(help: "Report format: text, json, sarif (SARIF 2.1.0) or html (a page for the reviewer).")
    var format: DisclosureFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to FILE (stdout then gets a one-line summary).")
    var output: String?

    func execute() throws -> ExitStatus {
        let report = try DisclosureChecker(policy: try policy.resolved()).check(path)
        let text = format.render(report)
        if try deliver(text, to: output), !global.quiet { Terminal.write(DisclosureTextRenderer().summary(report) + "\n") }
        return report.isCleared ? .success : .findings
    }
}

/// The formats of a disclosure report.
enum DisclosureFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, html

    func render(_ report: DisclosureReport) -> String {
        switch self {
        case .text: DisclosureTextRenderer().render(report)
        case .json: DisclosureJSONRenderer().render(report)
        case .sarif: SARIFRenderer(toolVersion: FiveSafes.version, rules: DisclosureReport.ruleInfos).render(report.validationReport())
        case .html: DisclosureHTMLRenderer().render(report)
        }
    }
}
