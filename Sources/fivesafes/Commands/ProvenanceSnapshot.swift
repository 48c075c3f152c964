import ArgumentParser
import FiveSafesKit
import Foundation

/// `fivesafes provenance snapshot RECORD -o SNAPSHOT/`: a fixed snapshot of a Five Safes 1.0 working record.
struct ProvenanceSnapshot: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Write a fixed snapshot of a Five Safes 1.0 working record (version, pav:previousVersion, dct:isVersionOf).",
        discussion: """
            The snapshot is a copy of the working record folder whose root gets its own identifier, the integer \
            version (1, or one more than --previous), pav:previousVersion naming the previous snapshot, dateCreated \
            and datePublished, and no dateModified (1.0 Working Draft, Versioning and Snapshots). 0.4 and 0.5 crates \
            have no snapshots and are refused (exit 2). An existing output folder is never replaced without --force \
            (the old one is kept as .bak).
            Examples:
              fivesafes provenance snapshot record/ -o snapshots/1/
              fivesafes provenance snapshot record/ -o snapshots/2/ --previous snapshots/1/
            """
    )
    static let messageName = "provenance snapshot"

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The working record: a crate folder, a bag folder with the crate in data/, or its metadata file.") var record: String
    @Option(name: .shortAndLong, help: ArgumentHelp("The snapshot folder to write.", valueName: "DIR")) var output: String
    @Option(help: ArgumentHelp("The previous snapshot of the same record (absent for the first).", valueName: "SNAPSHOT"))
    var previous: String?
    @Option(help: ArgumentHelp("The snapshot's canonical identifier (default: …/versions/N, else a UUID URN).", valueName: "IRI"))
    var identifier: String?
    @Option(help: ArgumentHelp("The snapshot's version (default: 1, or one more than --previous's).", valueName: "N"))
    var version: Int?
    @Option(help: ArgumentHelp("When it is first made available (datePublished; default: now).", valueName: "DATETIME"))
    var published: String?
    @Flag(help: "Replace an existing output folder (kept as .bak).") var force = false

    func execute() throws -> ExitStatus {
        var options = RecordSnapshotter.Options()
        (options.previous, options.identifier, options.version, options.force) = (previous, identifier, version, force)
        if let published {
            guard let date = ISO8601DateFormatter().date(from: published) else {
                throw ValidationError("--published \(published) is not an RFC 3339 date-time such as 2027-03-14T09:00:00Z")
            }
            options.published = date
        } else {
            options.published = try clock.fixed
        }
        var snapshotter = RecordSnapshotter(options)
        snapshotter.settingName = { setting in
            switch setting {
            case .previous: "--previous"
            case .version: "--version"
            case .identifier: "--identifier"
            }
        }
        let outcome = try snapshotter.run(record: record, output: output)
        for link in outcome.skippedLinks {
            Terminal.printError("fivesafes provenance snapshot: skipped the symbolic link \(link) (never followed)")
        }
        guard !global.quiet else { return .success }
        if let backup = outcome.backup { Terminal.write("Kept the previous folder as \(backup)\n") }
        let after = outcome.previous.map { ", after \($0)" } ?? ""
        // The IRIs come from the record: escaped before they reach a terminal.
        Terminal.write(
            TerminalText.printable("Wrote snapshot \(outcome.version) of \(outcome.record): \(outcome.identifier)\(after)") + "\n")
        Terminal.write("Wrote \(outcome.metadataPath) (\(outcome.copied.count) payload files copied)\n")
        return .success
    }
}
