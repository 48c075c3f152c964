import ArgumentParser
import FiveSafesKit

/// The process exit statuses of the command-line contract, decided in one place.
enum ExitStatus: Int32 {
    /// Valid, or done.
    case success = 0
    /// Findings at or above the level, or verification failed.
    case findings = 1
    /// The tool could not do its job.
    case toolFailure = 2
    /// Usage error.
    case usage = 64

    /// The status for a validation report.
    init(_ report: ValidationReport) {
        if report.isToolFailure {
            self = .toolFailure
        } else {
            self = report.isValid ? .success : .findings
        }
    }

    /// Ends the command with this status (nothing is thrown for success).
    func exit() throws {
        if self != .success { throw ExitCode(rawValue) }
    }
}

/// Prints a tool error as `fivesafes COMMAND: message` and maps it to the exit status of the contract (usage
/// errors are 64, everything else 2).
func exitStatus(for error: FiveSafesError, command: String) -> ExitCode {
    Terminal.printError("fivesafes \(command): \(error)")
    return ExitCode(error.code == .usage ? ExitStatus.usage.rawValue : ExitStatus.toolFailure.rawValue)
}
