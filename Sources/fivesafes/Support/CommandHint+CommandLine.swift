import FiveSafesKit

extension CommandHint {
    /// The hint as the command line that does it, as notes and messages quote it.
    @Sendable static func commandLine(_ hint: CommandHint) -> String {
        switch hint {
        case .refreshBag(let bag): "fivesafes zip --refresh" + (bag.map { " \($0)" } ?? "")
        case .initVersion10: "fivesafes init --profile-version 1.0"
        case .migrateTo10: "fivesafes migrate --to 1.0"
        }
    }
}
