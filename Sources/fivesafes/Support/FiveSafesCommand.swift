import ArgumentParser
import FiveSafesKit

/// The shape every `fivesafes` subcommand shares.
///
/// A command does its work in `execute()` and returns the exit status (success unless it found something: findings,
/// a failed verification); anything it throws goes through `CommandFailure`, the one mapping from errors to the
/// contract's exit statuses (0 done, 1 findings, 2 the tool could not do its job, 64 usage), and is printed as
/// `fivesafes COMMAND: message`. The extension also holds what several commands share: the report destination
/// (`-o/--output` or stdout, with colour only on a terminal) and the clock (`SOURCE_DATE_EPOCH`).
protocol FiveSafesCommand: ParsableCommand {
    /// The command as messages name it, e.g. `zip` or `provenance add` (default: its own name).
    static var messageName: String { get }

    /// The options every command takes.
    var global: GlobalOptions { get }

    /// Does the work and says how it ended; throws when the tool could not do its job.
    func execute() throws -> ExitStatus
}

extension FiveSafesCommand {
    static var messageName: String { _commandName }

    func run() throws {
        let status: ExitStatus
        do {
            status = try execute()
        } catch {
            guard let failure = CommandFailure(error) else { throw error }
            Terminal.printError("fivesafes \(Self.messageName): \(failure.message)")
            status = failure.status
        }
        try status.exit()
    }

    /// The clock for what the command writes: `SOURCE_DATE_EPOCH` when set, otherwise now.
    var clock: CommandClock {
        get throws { try CommandClock() }
    }

    /// Whether a report written to `output` (nil: stdout) may be coloured: only on a terminal, as `--color` says.
    func colours(output: String?) -> Bool {
        output == nil && Terminal.useColour(global.color)
    }

    /// Writes a rendered report to `output` atomically (through `OutputFile`, keeping a replaced file as `.bak` when
    /// `backup`), or to stdout when `output` is nil. True when it wrote a file (the caller then prints a summary).
    @discardableResult
    func deliver(_ text: String, to output: String?, backup: Bool = false) throws -> Bool {
        guard let output else {
            Terminal.write(text)
            return false
        }
        try OutputFile.write(Array(text.utf8), to: output, backup: backup)
        return true
    }
}
