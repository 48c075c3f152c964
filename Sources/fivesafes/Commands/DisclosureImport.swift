import ArgumentParser
import FiveSafesKit

/// `fivesafes disclosure import RESULTS CRATE`: ACRO's verdicts recorded as the crate's disclosure evidence.
struct DisclosureImport: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record ACRO's results.json (checksums verified) as the crate's disclosure evidence.",
        discussion: """
            RESULTS is ACRO's results.json, or the folder holding it with config.json (the thresholds, stored as \
            the policy) and checksums/ (SHA-256 of each output file). Every file's checksum must match the file \
            beside results.json and the crate's outputs/ copy.
            Examples:
              fivesafes disclosure import acro-outputs/ result/
              fivesafes disclosure import acro-outputs/results.json result/ --dry-run
            """
    )

    static let messageName = "disclosure import"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: DisclosureRecordOptions

    @Argument(help: "ACRO's results.json, or the folder holding it.")
    var results: String

    @Argument(help: "A result crate folder, or a bag folder with the crate in data/.")
    var path: String

    @Flag(name: .customLong("dry-run"), help: "Print the verdicts; write nothing.")
    var dryRun = false

    func execute() throws -> ExitStatus {
        var evidence = try AcroResults.load(results).evidence(for: path)
        let exceptions = try options.exceptions()
        for index in evidence.outputs.indices {
            if let text = exceptions[evidence.outputs[index].file] { evidence.outputs[index].exception = text }
        }
        let request = try options.request(evidence)
        if dryRun || !global.quiet {
            for output in evidence.outputs {
                Terminal.write(
                    "\(output.file): \(output.status.rawValue.uppercased()) \(output.summary)\(output.exception.map { " — exception: \($0)" } ?? "")\n"
                )
            }
        }
        guard !dryRun else { return .success }
        try options.record(request, in: path, quiet: global.quiet)
        return .success
    }
}
