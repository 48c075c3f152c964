import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes provenance show PATH`: the lifecycle timeline.
struct ProvenanceShow: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the lifecycle timeline (phase, status, agent, times, notes) with gaps and anomalies.",
        discussion: """
            Examples:
              fivesafes provenance show result-crate/
              fivesafes provenance show result-bag/ --format json
            """
    )

    static let messageName = "provenance show"

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A crate folder, or a bag folder with the crate in data/.") var path: String
    @Option(help: "text or json.") var format: TimelineFormat = .text

    func execute() throws -> ExitStatus {
        let timeline = try LifecycleTimeline(crateAt: path)
        Terminal.write(format == .json ? TimelineJSONRenderer().render(timeline) : TimelineTextRenderer().render(timeline))
        return .success
    }
}

/// `show --format` values.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
