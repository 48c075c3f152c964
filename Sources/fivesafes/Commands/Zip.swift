import ArgumentParser
import FiveSafesKit
import FiveSafesReports
import Foundation

/// `fivesafes zip CRATE_DIR`: package a crate as a BagIt bag in a ZIP; also `--extract` and `--refresh`.
struct Zip: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Package a crate as a Five Safes BagIt bag inside a ZIP; extract or refresh bags safely.",
        discussion: """
            The ZIP holds one folder, the bag: bagit.txt, bag-info.txt (Bagging-Date, Payload-Oxum, \
            External-Identifier, Bag-Software-Agent), manifest-sha512.txt, tagmanifest-sha512.txt and the crate \
            in data/. The same input, --external-identifier and SOURCE_DATE_EPOCH give a byte-identical ZIP. \
            Given a bag folder (after provenance add publish, or signing), zip checks it and packages it as it is, \
            signatures included; after changing its payload, run zip --refresh BAG first.
            Examples:
              fivesafes zip my-crate/ -o request.zip
              SOURCE_DATE_EPOCH=1700000000 fivesafes zip my-crate/ -o request.zip \\
                --external-identifier urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb
              fivesafes zip my-crate/ --bag-dir request-bag/
              fivesafes zip --refresh request-bag/
              fivesafes zip request-bag/ -o result.zip
              fivesafes zip --extract request.zip -d incoming  # bag: incoming/my-crate/
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var settings: ZipOptions

    @Argument(help: "The crate folder to package, or a bag folder to zip as it is.") var crate: String?
    @Option(name: .shortAndLong, help: "The ZIP to write (default: <crate folder name>.zip).") var output: String?
    @Option(name: .customLong("bag-dir"), help: "Write a bag folder here instead of a ZIP.") var bagDirectory: String?
    @Option(help: ArgumentHelp("Extract this ZIP safely (with -d).", valueName: "ZIP")) var extract: String?
    @Option(name: .customShort("d"), help: "The new folder to extract into.") var destination: String?
    @Option(help: ArgumentHelp("Bring a bag folder in step with its payload: contentSize, preview, manifests.", valueName: "BAG"))
    var refresh: String?
    @Flag(help: "Show progress on stderr even when it is not a terminal or the work is short (one line a second in logs).")
    var progress = false

    func validate() throws {
        let modes = [crate != nil, extract != nil, refresh != nil].filter { $0 }.count
        guard modes == 1 else { throw ValidationError("Give exactly one of CRATE_DIR, --extract ZIP or --refresh BAG.") }
        if extract != nil && destination == nil { throw ValidationError("--extract needs -d DIR, a folder that does not exist yet.") }
        if output != nil && bagDirectory != nil { throw ValidationError("Use either -o OUT.zip or --bag-dir OUT/, not both.") }
    }

    func run() throws {
        do {
            if let extract, let destination {
                let bar = ProgressBar(enabled: global.allowsProgress, forced: progress, delay: 1)
                let done: (files: Int, bytes: Int64)
                do {
                    defer { bar.finish() }
                    done = try BagMaintenance().extract(
                        extract, to: destination, maxSize: settings.maxSize, maxFiles: settings.maxFiles, progress: bar.update
                    )
                }
                let bag = CrateLocator.onlyCrate(in: destination).map { "; the bag is \($0) (e.g. fivesafes validate \($0))" } ?? ""
                return say("extracted \(done.files) files (\(done.bytes) bytes) into \(destination)\(bag)")
            }
            if let refresh {
                let done = try BagMaintenance().refresh(refresh, jobs: settings.jobs, force: settings.force)
                if let warning = done.warning { Terminal.printError("warning: \(warning)") }
                for note in done.notes { Terminal.printError("note: \(note)") }
                for change in done.sizes { say("refreshed \(TerminalText.printable(change.description))") }
                return say("refreshed the manifests of \(refresh): \(done.files) payload files, \(done.bytes) bytes")
            }
            guard let crate else { return }
            let target = bagDirectory ?? output ?? CratePackager.folderName(crate) + ".zip"
            let progress = ProgressBar(enabled: global.allowsProgress, forced: self.progress)
            let result = try CratePackager(options: try settings.packageOptions())
                .package(crate, to: target, asBagFolder: bagDirectory != nil, progress: progress.update)
            progress.finish()
            say(
                "wrote \(result.output): \(result.files) payload files, \(result.bytes) bytes, "
                    + "External-Identifier \(result.externalIdentifier)" + (result.backup.map { "; kept the old one as \($0)" } ?? ""))
        } catch let error as FiveSafesError {
            Terminal.printError("fivesafes zip: \(error)")
            throw ExitCode(ExitStatus.toolFailure.rawValue)
        } catch let refusal as CratePackager.Refusal {
            switch refusal {
            case .invalidCrate(let report):
                Terminal.write(TextReportRenderer().render(report))
                if let crate, CratePackager.isBag(crate) {
                    Terminal.printError(
                        "fivesafes zip: the bag is invalid; fix it (after changing its payload: fivesafes zip --refresh \(crate)) or use --no-validate"
                    )
                } else {
                    Terminal.printError("fivesafes zip: the crate is invalid; fix it or use --no-validate")
                }
                throw ExitCode(ExitStatus.findings.rawValue)
            case .failure(let error):
                throw exitStatus(for: error, command: "zip")
            }
        }
    }

    private func say(_ line: String) {
        if !global.quiet { Terminal.write(line + "\n") }
    }
}
