import ArgumentParser
import Foundation

/// The time a command stamps on what it writes (`datePublished`, ZIP entry times and `Bagging-Date`, a signature's
/// signing time): `SOURCE_DATE_EPOCH` when it is set, for reproducible output, otherwise the system clock.
///
/// The variable is read here and nowhere else, with one rule: a whole number of seconds since 1970 (an empty value
/// counts as unset). The library is handed the resulting time; it never reads the environment.
struct CommandClock {
    /// The variable of the Reproducible Builds convention.
    static let variable = "SOURCE_DATE_EPOCH"

    /// The fixed time, or nil for the system clock.
    let fixed: Date?

    /// The clock the environment asks for; a value that is not whole seconds is a usage error.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let value = environment[Self.variable], !value.isEmpty else {
            fixed = nil
            return
        }
        guard let seconds = Int(value) else {
            throw ValidationError("\(Self.variable) must be a whole number of seconds since 1970, got \(value)")
        }
        fixed = Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The fixed time in whole seconds since 1970, or nil for the system clock.
    var fixedSeconds: Int? { fixed.map { Int($0.timeIntervalSince1970) } }
}
