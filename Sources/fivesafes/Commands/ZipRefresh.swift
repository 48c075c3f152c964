import ArgumentParser
import FiveSafesKit

/// `fivesafes zip refresh BAG`: bring a bag folder in step with its payload after a change.
struct ZipRefresh: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Bring a bag folder in step with its payload: contentSize, preview, manifests.",
        discussion: """
            Run it after changing a bag's payload, before zipping or signing it. A signed bag is refused unless \
            --force (its signatures stop matching). The older spelling zip --refresh BAG does the same.
            Examples:
              fivesafes zip refresh request-bag/
              fivesafes zip refresh request-bag/ && fivesafes zip request-bag/
            """
    )
    static let messageName = "zip"

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The bag folder.") var bag: String
    @Option(help: "Files hashed at once (default: all cores).") var jobs: Int?
    @Flag(help: "Refresh a signed bag anyway.") var force = false

    func execute() throws -> ExitStatus {
        try Self.refresh(bag, jobs: jobs, force: force, global: global)
        return .success
    }

    /// Refreshes the bag and prints every change: `zip refresh` and its alias `zip --refresh`.
    static func refresh(_ bag: String, jobs: Int?, force: Bool, global: GlobalOptions) throws {
        let done = try BagMaintenance().refresh(bag, jobs: jobs, force: force)
        if let warning = done.warning { Terminal.printError("warning: \(warning)") }
        for note in done.notes { Terminal.printError("note: \(note)") }
        guard !global.quiet else { return }
        for change in done.sizes { Terminal.write("refreshed \(TerminalText.printable(change.description))\n") }
        Terminal.write("refreshed the manifests of \(bag): \(done.files) payload files, \(done.bytes) bytes\n")
    }
}
