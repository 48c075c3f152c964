import ArgumentParser
import FiveSafesKit
import Foundation

/// `fivesafes init [DIR]`: make a Five Safes request crate from a folder of inputs.
struct Init: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a Five Safes request crate (ro-crate-metadata.json and ro-crate-preview.html) in DIR.",
        discussion: """
            Every file already in DIR becomes a data entity (size, media type). Values come from flags, from \
            --from answers.json|yaml, or from prompts when stdin is a terminal; otherwise every missing value is \
            listed and the exit status is 64. Existing metadata is never overwritten: --update adds new files, \
            refreshes the contentSize of changed ones (printing each change) and \
            keeps everything else, --force starts again and keeps the old files as .bak.
            Examples:
              fivesafes init my-request --name "Mutation screening for project 81" \\
                --license CC-BY-4.0 --agent 0000-0002-1825-0097 \\
                --workflow "https://workflowhub.eu/workflows/289?version=1" \\
                --agent-name "Josiah Carberry" --project project81 \\
                --project-name "Protein stability" \\
                --organization https://ror.org/05gq02987 \\
                --organization-name "Brown University" \\
                --input-file mutations.txt --input fast_mode=true
              fivesafes init my-request --profile-version 0.5 --script analysis.R \\
                --credential "Safe Researcher Training" …
              fivesafes init record --profile-version 1.0 \\
                --record https://tre72.example.org/activities/A123 …
              fivesafes init my-request --from answers.yaml
              fivesafes init my-request --update
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var values: InitOptions

    @Argument(help: "The crate folder (default: the current folder; created when missing).")
    var directory = "."

    func execute() throws -> ExitStatus {
        var options = try values.initializerOptions()
        options.date = try clock.fixed
        let exists = FileManager.default.fileExists(atPath: directory + "/" + CrateInitializer.metadataName)
        if !options.missing.isEmpty && (!exists || (options.force && !options.update)) && Terminal.isTTY(STDIN_FILENO) {
            options = InitPrompts.ask(options)
        }
        var initializer = CrateInitializer(options)
        initializer.settingName = InitOptions.flag
        let outcome = try initializer.run(at: directory)
        guard !global.quiet else { return .success }
        let verb = outcome.updated ? "Updated" : "Created"
        Terminal.write("\(verb) \(outcome.metadataPath) (\(outcome.described.count) new data entities)\n")
        if let warning = outcome.warning { Terminal.printError("warning: \(warning)") }
        for change in outcome.refreshed { Terminal.write("Refreshed \(TerminalText.printable(change.description))\n") }
        Terminal.write("Wrote \(outcome.previewPath)\n")
        for backup in outcome.backups { Terminal.write("Kept the previous file as \(backup)\n") }
        for link in outcome.skippedLinks { Terminal.printError("fivesafes init: skipped the symbolic link \(link) (never followed)") }
        if !outcome.updated { Terminal.write("Next: fivesafes validate --level recommended \(directory)\n") }
        return .success
    }
}
