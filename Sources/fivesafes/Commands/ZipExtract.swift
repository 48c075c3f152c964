import ArgumentParser
import FiveSafesKit

/// `fivesafes zip extract ZIP -o DIR`: unpack a bag ZIP into a new folder, refusing unsafe entries.
struct ZipExtract: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a bag ZIP safely into a new folder (no paths outside it, no links, size and entry limits).",
        discussion: """
            The folder must not exist yet; on any refusal nothing is left behind. The older spelling \
            zip --extract ZIP -d DIR does the same.
            Examples:
              fivesafes zip extract request.zip -o incoming  # bag: incoming/my-crate/
              fivesafes zip extract untrusted.zip -o review --max-size 1000000000
            """
    )
    static let messageName = "zip"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var limits: ExtractLimits

    @Argument(help: "The ZIP to extract.") var archive: String
    @Option(name: [.customShort("o"), .customLong("output"), .customShort("d")], help: "The new folder to extract into.")
    var destination: String
    @Flag(help: "Show progress on stderr even when it is not a terminal or the work is short (one line a second in logs).")
    var progress = false

    func execute() throws -> ExitStatus {
        try Self.extract(archive, into: destination, limits: limits, global: global, forcedProgress: progress)
        return .success
    }

    /// Extracts `archive` into `destination` and says where the bag is: `zip extract` and its alias `zip --extract`.
    static func extract(
        _ archive: String, into destination: String, limits: ExtractLimits, global: GlobalOptions, forcedProgress: Bool
    ) throws {
        let bar = ProgressBar(enabled: global.allowsProgress, forced: forcedProgress, delay: 1)
        let done: (files: Int, bytes: Int64)
        do {
            defer { bar.finish() }
            done = try BagMaintenance().extract(
                archive, to: destination, maxSize: limits.maxSize, maxFiles: limits.maxFiles, progress: bar.update
            )
        }
        let bag = CrateLocator.onlyCrate(in: destination).map { "; the bag is \($0) (e.g. fivesafes validate \($0))" } ?? ""
        if !global.quiet { Terminal.write("extracted \(done.files) files (\(done.bytes) bytes) into \(destination)\(bag)\n") }
    }
}
