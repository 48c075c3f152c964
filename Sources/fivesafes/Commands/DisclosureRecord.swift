import ArgumentParser
import FiveSafesKit

/// `fivesafes disclosure record CRATE`: run the check and write its evidence as the DisclosureCheck action.
struct DisclosureRecord: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Check the outputs and record the verdicts, policy and tool in the crate's disclosure action.",
        discussion: """
            The action is Completed when every output passed, is not checkable or has an --exception, Failed \
            otherwise. Each output gets a verdict entity (about the output; creativeWorkStatus pass, fail, review \
            or not-checked; keywords the rules; conditionsOfAccess the exception).
            Examples:
              fivesafes disclosure record result/
              fivesafes disclosure record result/ --agent https://tre.example/people/ro \\
                --exception outputs/t.csv="cell suppressed by hand, checked" \\
                --check-type hybrid
              fivesafes disclosure record result/ --vote \\
                --agent https://tre.example/people/kb
            """
    )

    static let messageName = "disclosure record"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var policy: DisclosurePolicyOptions
    @OptionGroup var options: DisclosureRecordOptions

    @Argument(help: "A result crate folder, or a bag folder with the crate in data/.")
    var path: String

    func execute() throws -> ExitStatus {
        let report = try DisclosureChecker(policy: try policy.resolved()).check(path)
        let exceptions = try options.exceptions()
        if let unknown = exceptions.keys.sorted().first(where: { file in !report.outputs.contains { $0.file == file } }) {
            throw FiveSafesError(.usage, "--exception names \(unknown), which is not an output of the crate")
        }
        let request = try options.request(DisclosureEvidence(report: report, exceptions: exceptions))
        try options.record(request, in: path, quiet: global.quiet)
        return .success
    }
}
