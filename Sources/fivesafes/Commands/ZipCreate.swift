import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes zip CRATE_DIR` (`zip create`): package a crate, or a bag folder as it is, as a BagIt bag in a ZIP.
///
/// The default subcommand of `zip`, so it also takes the older mode flags `--extract ZIP -d DIR` and
/// `--refresh BAG` (hidden aliases of `zip extract` and `zip refresh`, with the same output).
struct ZipCreate: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Package a crate (or a bag folder as it is) as a BagIt bag inside a ZIP; the default of zip.",
        discussion: """
            Examples:
              fivesafes zip my-crate/ -o request.zip
              fivesafes zip create my-crate/ --bag-dir request-bag/
              fivesafes zip request-bag/ -o result.zip
            """
    )
    static let messageName = "zip"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var settings: ZipOptions

    @Argument(help: "The crate folder to package, or a bag folder to zip as it is.") var crate: String?
    @Option(name: .shortAndLong, help: "The ZIP to write (default: <crate folder name>.zip).") var output: String?
    @Option(name: .customLong("bag-dir"), help: "Write a bag folder here instead of a ZIP.") var bagDirectory: String?
    @Flag(help: "Show progress on stderr even when it is not a terminal or the work is short (one line a second in logs).")
    var progress = false

    @Option(help: ArgumentHelp("Alias of zip extract ZIP (with -d).", valueName: "ZIP", visibility: .hidden)) var extract: String?
    @Option(name: .customShort("d"), help: ArgumentHelp("With --extract: the new folder.", visibility: .hidden)) var destination: String?
    @Option(help: ArgumentHelp("Alias of zip refresh BAG.", valueName: "BAG", visibility: .hidden)) var refresh: String?
    @OptionGroup(visibility: .hidden) var limits: ExtractLimits

    func validate() throws {
        let modes = [crate != nil, extract != nil, refresh != nil].filter { $0 }.count
        guard modes > 0 else {
            throw ValidationError("Missing CRATE_DIR, the crate to package (or zip extract ZIP -o DIR, zip refresh BAG).")
        }
        guard modes == 1 else { throw ValidationError("Give exactly one of CRATE_DIR, --extract ZIP or --refresh BAG.") }
        if extract != nil && destination == nil { throw ValidationError("--extract needs -d DIR, a folder that does not exist yet.") }
        if output != nil && bagDirectory != nil { throw ValidationError("Use either -o OUT.zip or --bag-dir OUT/, not both.") }
    }

    func execute() throws -> ExitStatus {
        if let extract, let destination {
            try ZipExtract.extract(extract, into: destination, limits: limits, global: global, forcedProgress: progress)
            return .success
        }
        if let refresh {
            try ZipRefresh.refresh(refresh, jobs: settings.jobs, force: settings.force, global: global)
            return .success
        }
        guard let crate else { return .success }
        var options = try settings.packageOptions()
        options.sourceDateEpoch = try clock.fixedSeconds
        if let seconds = options.sourceDateEpoch, seconds < Self.earliestZipTime {
            throw ValidationError("SOURCE_DATE_EPOCH must be seconds since 1970, from 1980 on (ZIP's earliest date)")
        }
        let target = bagDirectory ?? output ?? CratePackager.folderName(crate) + ".zip"
        let progress = ProgressBar(enabled: global.allowsProgress, forced: self.progress)
        let result: PackageResult
        do {
            result = try CratePackager(options: options).package(
                crate, to: target, asBagFolder: bagDirectory != nil, progress: progress.update)
        } catch {
            guard case .invalidCrate(let report) = error else { throw error }
            Terminal.write(TextReportRenderer().render(report))
            guard CratePackager.isBag(crate) else {
                throw CommandFailure(.findings, "the crate is invalid; fix it or use --no-validate")
            }
            throw CommandFailure(
                .findings, "the bag is invalid; fix it (after changing its payload: fivesafes zip --refresh \(crate)) or use --no-validate")
        }
        progress.finish()
        if !global.quiet {
            Terminal.write(
                "wrote \(result.output): \(result.files) payload files, \(result.bytes) bytes, "
                    + "External-Identifier \(result.externalIdentifier)" + (result.backup.map { "; kept the old one as \($0)" } ?? "")
                    + "\n")
        }
        return .success
    }

    /// 1980-01-01T00:00:00Z, the earliest time a ZIP entry can carry.
    static let earliestZipTime = 315_532_800
}
