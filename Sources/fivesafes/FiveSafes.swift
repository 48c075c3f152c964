import ArgumentParser
import FiveSafesKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `fivesafes` command: Five Safes RO-Crate tools for researchers, TREs and CI.
@main
struct FiveSafes: ParsableCommand {
    /// The tool's version: the library's, the one written into reports and `Bag-Software-Agent`.
    static let version = FiveSafesVersion.current

    static let configuration = CommandConfiguration(
        commandName: "fivesafes",
        abstract: "Make, check, package and sign Five Safes RO-Crates.",
        discussion: """
            Exit status: 0 valid or done; 1 the crate has findings at or above --level (or verification \
            failed); 2 the tool could not do its job (unreadable input, not a crate); 64 usage error.
            """,
        version: version,
        subcommands: [
            Init.self, Validate.self, Inspect.self, Zip.self, Sign.self, Provenance.self, Migrate.self, Federate.self, Disclosure.self,
        ]
    )

    static func main() {
        // Past a file-size limit (`ulimit -f`) a write fails with EFBIG, which the command reports and cleans up
        // after, instead of the process being killed by SIGXFSZ mid-write.
        signal(SIGXFSZ, SIG_IGN)
        if let suggestion = SubcommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst()), in: Self.self) {
            Terminal.printError("Error: \(suggestion)")
            Self.exit(withError: ExitCode(ExitStatus.usage.rawValue))
        }
        main(nil)
    }
}
