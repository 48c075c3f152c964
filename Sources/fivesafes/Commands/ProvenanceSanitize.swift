import ArgumentParser
import FiveSafesKit

/// `fivesafes provenance sanitize PATH`: strip client-supplied review actions from an incoming request.
struct ProvenanceSanitize: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanitize",
        abstract: "Remove review-phase actions (AssessActions, DownloadActions) and their mentions from a request.",
        discussion: """
            A TRE must not trust assessments a client wrote (5S-SEC-05). The run request is kept.
            Examples:
              fivesafes provenance sanitize incoming/request/
              fivesafes provenance sanitize incoming/request-bag/ --dry-run
            """
    )

    static let messageName = "provenance sanitize"

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A crate folder, or a bag folder with the crate in data/.") var path: String
    @Flag(name: .customLong("dry-run"), help: "Report what would be removed without writing.") var dryRun = false
    @Flag(help: "Change a signed bag even though that invalidates its signatures.") var force = false

    func execute() throws -> ExitStatus {
        let outcome = try ProvenanceSanitizer().sanitize(path, dryRun: dryRun, force: force)
        let removed = outcome.removed
        if let warning = outcome.warning { Terminal.printError("warning: \(warning)") }
        for note in outcome.notes { Terminal.printError("note: \(note)") }
        guard !global.quiet else { return .success }
        if removed.isEmpty {
            Terminal.write("no review-phase actions to remove\n")
            return .success
        }
        let verb = dryRun ? "would remove" : "removed"
        for removal in removed {
            let mention = removal.wasMentioned ? " (and its root mention)" : ""
            // Ids, types and names come from the untrusted request: escaped before they reach a terminal.
            let line = "\(verb) \(removal.types.joined(separator: "/")) \(removal.id)\(mention): \(removal.name ?? "(no name)")"
            Terminal.write(TerminalText.printable(line) + "\n")
        }
        for orphan in outcome.orphans {
            let line = "\(verb) \(orphan.types.joined(separator: "/")) \(orphan.id) (only removed actions referred to it)"
            Terminal.write(TerminalText.printable(line) + "\n")
        }
        Terminal.write("\(verb) \(removed.count) review-phase action\(removed.count == 1 ? "" : "s")\n")
        return .success
    }
}
