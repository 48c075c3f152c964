import ArgumentParser
import FiveSafesKit

/// `fivesafes migrate CRATE --to 0.5|1.0`: rewrite a crate to a newer Five Safes profile version.
struct Migrate: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rewrite a Five Safes 0.4 crate to a newer profile version, printing every change.",
        discussion: """
            Only the entities that change are rewritten; every other byte stays. The old metadata is kept as \
            ro-crate-metadata.json.bak (--no-backup to skip). A signed bag is refused unless --force.
            Examples:
              fivesafes migrate request/ --to 0.5
              fivesafes migrate request-bag/ --to 0.5 --dry-run
              fivesafes migrate request/ --to 1.0 --record https://tre.example/A123

            --to 1.0 makes a 1.0 Working Draft working record (RO-Crate 1.3; decisions as Authorize/RejectAction; \
            identifiers minted as UUID URNs unless --identifier/--record give them).
            Exit status: 0 migrated (or already at the version); 2 not a Five Safes crate of an older version, a \
            signed bag, or a write failure; 64 usage error.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A crate folder, a bag folder with the crate in data/, or a ro-crate-metadata.json.") var path: String
    @Option(help: "The profile version to migrate to: 0.5 or 1.0 (the 1.0 Working Draft).") var to: MigrationTargetChoice
    @Option(help: "--to 1.0: the working record's canonical identifier, an absolute IRI (default: a new UUID URN).")
    var identifier: String?
    @Option(help: "--to 1.0: the activity record IRI, dct:isVersionOf (default: the root's, or a new UUID URN).")
    var record: String?
    @Flag(name: .customLong("dry-run"), help: "Print the changes without writing.") var dryRun = false
    @Flag(help: "Migrate a signed bag anyway (its signatures stop matching).") var force = false
    @Flag(name: .customLong("no-backup"), help: "Do not keep the old metadata as .bak.") var noBackup = false

    func validate() throws {
        guard to == .v10 || (identifier == nil && record == nil) else {
            throw ValidationError("--identifier and --record apply to --to 1.0 only")
        }
    }

    func execute() throws -> ExitStatus {
        let options = CrateMigrator.Options(
            dryRun: dryRun, force: force, backup: !noBackup, identifier: identifier, record: record, date: try clock.fixed)
        var migrator = CrateMigrator()
        migrator.settingName = { setting in
            switch setting {
            case .identifier: "--identifier"
            case .record: "--record"
            }
        }
        migrator.commandLine = CommandHint.commandLine
        let result = try migrator.migrate(path, to: to.target, options: options)
        guard !global.quiet else { return .success }
        guard let from = result.from else {
            Terminal.write("\(result.metadataPath) already conforms to Five Safes RO-Crate \(to.rawValue): nothing to do\n")
            return .success
        }
        let verb = dryRun ? "would change" : "changed"
        // Values come from the crate: escaped before they reach a terminal.
        for change in result.changes { Terminal.write(TerminalText.printable("\(verb) \(change.description)") + "\n") }
        let summary = "\(from) → \(to.rawValue): \(result.changes.count) change\(result.changes.count == 1 ? "" : "s")"
        Terminal.write(dryRun ? "\(summary) (dry run, nothing written)\n" : "\(summary) in \(result.metadataPath)\n")
        if let backup = result.backupPath { Terminal.write("the old metadata is kept as \(backup)\n") }
        for note in result.notes { Terminal.printError("note: \(TerminalText.printable(note))") }
        return .success
    }
}

/// `--to`, as typed.
enum MigrationTargetChoice: String, ExpressibleByArgument, CaseIterable {
    case v05 = "0.5"
    case v10 = "1.0"

    var target: MigrationTarget { self == .v05 ? .v05 : .v10 }
}
