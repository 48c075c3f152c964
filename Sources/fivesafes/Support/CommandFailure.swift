import FiveSafesKit

/// Why a command stops with a status other than success, and the words it prints as `fivesafes COMMAND: …`.
///
/// `init?(_:)` is the one place that maps errors to the contract's exit statuses: a tool error with the usage code
/// is 64, any other tool error 2, a lifecycle refusal 1. Errors it does not know (ArgumentParser's own, such as
/// `ValidationError`) are left to ArgumentParser, which reports them as usage errors (64).
struct CommandFailure: Error {
    /// The exit status.
    var status: ExitStatus
    /// What to print after `fivesafes COMMAND: `.
    var message: String

    /// A failure a command decides itself (an invalid crate, a refused write).
    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The failure an error means, or nil when ArgumentParser should report it.
    init?(_ error: any Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let error as FiveSafesError:
            self.init(error.code == .usage ? .usage : .toolFailure, error.description + (error.remedy?.phrase ?? ""))
        case let failure as ProvenanceRecorder.Failure:
            switch failure {
            case .refused(let refusal):
                self.init(.findings, "refused [\(refusal.rule)]: \(refusal.message) (use --force to record it anyway)")
            case .failure(let error):
                self.init(error)
            }
        case CratePackager.Refusal.failure(let error):
            self.init(error)
        default:
            return nil
        }
    }
}
