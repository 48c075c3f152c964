import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes validate PATH`: check a crate against RO-Crate and the Five Safes profile.
struct Validate: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a crate against RO-Crate 1.1/1.2 and the Five Safes profile.",
        discussion: """
            PATH is a crate directory, a ro-crate-metadata.json file, a BagIt bag folder (the crate in data/, \
            every manifest checked), a ZIP holding one bag (read in place, never extracted), or - for metadata on \
            stdin.
            Examples:
              fivesafes validate my-crate/
              fivesafes validate request.zip --require-signature --trust tre-root-ca.pem
              fivesafes validate --level recommended --format json \\
                my-crate/ro-crate-metadata.json
              fivesafes validate --phase result --skip 5S-RUN-03 result-crate/
              fivesafes validate --explain 5S-RUN-05
              fivesafes validate --list-rules
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: ValidateOptions

    @Argument(help: "A crate directory, a ro-crate-metadata.json file, a bag folder, a ZIP holding a bag, or - for stdin.")
    var path: String?

    @Option(help: "Report format: text, json, sarif (SARIF 2.1.0), junit (JUnit XML) or github (Actions annotations).")
    var format: ReportFormat = .text

    @Option(help: "Write the report to FILE (stdout then gets a one-line summary).")
    var output: String?

    @Option(help: ArgumentHelp("Print a rule's requirement, level, spec link and examples.", valueName: "RULE"))
    var explain: String?

    @Flag(help: "Print the rule catalogue.")
    var listRules = false

    func validate() throws {
        if path == nil && explain == nil && !listRules {
            throw ValidationError("Missing PATH: a crate directory, a ro-crate-metadata.json file, or -.")
        }
    }

    func execute() throws -> ExitStatus {
        let validator = try CrateValidator(options: try selection.validationOptions())
        let catalogue = RuleCatalogue(validator: validator, profileID: selection.catalogueProfileID)
        if let explain {
            guard let text = catalogue.explanation(of: explain).map(RuleExplanationRenderer().render) else {
                throw ValidationError("Unknown rule \(explain); see --list-rules.")
            }
            Terminal.write(text)
            return .success
        }
        if listRules {
            Terminal.write(RuleListRenderer().render(catalogue))
            return .success
        }
        guard let path else { return .success }
        let input: CrateInput
        do {
            input = try CrateInput.resolve(path, standardInput: Terminal.readStandardInput)
        } catch {
            let report = validator.unreadable(path, reason: error.message)
            try emit(report, validator)
            return ExitStatus(report)
        }
        let report = validator.validate(input, named: path)
        try emit(report, validator)
        return ExitStatus(report)
    }

    private func emit(_ report: ValidationReport, _ validator: CrateValidator) throws {
        let rules = {
            RuleCatalogue(validator: validator, profileID: report.profile.id).ruleInfos(for: report, options: validator.options)
        }
        let text = format.renderer(colour: colours(output: output), rules: rules).render(report)
        if try deliver(text, to: output), !global.quiet { Terminal.write(TextReportRenderer().summary(report) + "\n") }
    }
}
