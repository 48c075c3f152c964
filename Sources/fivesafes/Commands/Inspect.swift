import ArgumentParser
import FiveSafesKit
import FiveSafesReports
import Foundation

/// `fivesafes inspect PATH`: show a crate to a human.
struct Inspect: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show who asks, what runs, what happened in review and what leaves, for any crate.",
        discussion: """
            PATH is a crate directory, a ro-crate-metadata.json file, a BagIt bag or a ZIP (read in place). Text \
            shows aligned tables (colour on a terminal only); json is the object described by \
            Schemas/inspect.schema.json; html is one self-contained page (inline CSS and SVG, no scripts).
            Examples:
              fivesafes inspect request/
              fivesafes inspect --format json result.zip
              fivesafes inspect --format html -o report.html result-bag/
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A crate directory, a ro-crate-metadata.json file, a bag directory or a .zip.")
    var path: String

    @Option(help: "text, json or html.")
    var format: InspectFormat = .text

    @Option(name: .shortAndLong, help: "Write to FILE instead of stdout (refused if it exists, unless --force).")
    var output: String?

    @Flag(help: "Replace an existing --output file (the old one is kept as .bak).")
    var force = false

    func execute() throws -> ExitStatus {
        let summary = try CrateInspector().summary(of: try CrateInput.resolve(path, standardInput: Terminal.readStandardInput), named: path)
        let text: String
        switch format {
        case .text: text = InspectTextRenderer(colour: colours(output: output)).render(summary)
        case .json: text = InspectJSONRenderer().render(summary)
        case .html: text = InspectHTMLRenderer().render(summary)
        }
        if let output, FileManager.default.fileExists(atPath: output) && !force {
            throw CommandFailure(.toolFailure, "\(output) already exists; use --force to replace it (the old one is kept as .bak)")
        }
        if try deliver(text, to: output, backup: true), let output, !global.quiet { Terminal.printError("Wrote \(output)") }
        return .success
    }
}

/// `inspect --format` values.
enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}
