import ArgumentParser
import FiveSafesKit

/// The process exit statuses of the command-line contract (which error means which status: `CommandFailure`).
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
