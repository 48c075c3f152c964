import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes disclosure check CRATE`: the SDC rules on every output, reported as text, JSON, SARIF or HTML.
struct DisclosureCheck: ParsableCommand {
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

    @OptionGroup var global: GlobalOptions
    @OptionGroup var policy: DisclosurePolicyOptions

    @Argument(help: "A result crate folder, a bag folder, or its ro-crate-metadata.json.")
    var path: String

    @Option(help: "Report format: text, json, sarif (SARIF 2.1.0) or html (a page for the reviewer).")
    var format: DisclosureFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to FILE (stdout then gets a one-line summary).")
    var output: String?

    func run() throws {
        let report: DisclosureReport
        do {
            report = try DisclosureChecker(policy: try policy.resolved()).check(path)
        } catch {
            throw exitStatus(for: error, command: "disclosure check")
        }
        let text = format.render(report)
        if let output {
            do {
                try OutputFile.write(Array(text.utf8), to: output)
            } catch {
                throw exitStatus(for: error, command: "disclosure check")
            }
            if !global.quiet { Terminal.write(DisclosureTextRenderer().summary(report) + "\n") }
        } else {
            Terminal.write(text)
        }
        if !report.isCleared { throw ExitCode(ExitStatus.findings.rawValue) }
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
