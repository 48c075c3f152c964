import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes provenance show PATH`: the lifecycle timeline, or a 1.0 record's processes.
struct ProvenanceShow: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the lifecycle timeline (phase, status, agent, times, notes) with gaps and anomalies.",
        discussion: """
            Examples:
              fivesafes provenance show result-crate/
              fivesafes provenance show result-bag/ --format json
              fivesafes provenance show record/

            A Five Safes 1.0 record has no review lifecycle: its processes are \
            listed instead (kind, status, agent, end, name), as inspect shows them.
            """
    )

    static let messageName = "provenance show"

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A crate folder, or a bag folder with the crate in data/.") var path: String
    @Option(help: "text or json.") var format: TimelineFormat = .text

    func execute() throws -> ExitStatus {
        switch try ProvenanceView(crateAt: path) {
        case .lifecycle(let timeline):
            Terminal.write(format == .json ? TimelineJSONRenderer().render(timeline) : TimelineTextRenderer().render(timeline))
        case .activityRecord(let record):
            Terminal.write(format == .json ? ProcessListJSONRenderer().render(record) : ProcessListTextRenderer().render(record))
        }
        return .success
    }
}

/// `show --format` values.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
