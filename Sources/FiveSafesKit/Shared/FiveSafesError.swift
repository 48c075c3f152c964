/// A reason the tool could not do what was asked, as opposed to a finding about a crate.
public struct FiveSafesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable kinds, for matching in code and tests.
    public enum Code: String, Sendable {
        case unreadableInput
        case invalidProfile
        case usage
        case writeFailure
    }

    /// The kind.
    public var code: Code
    /// What went wrong, for people.
    public var message: String
    /// The file concerned.
    public var path: String?
    /// What the user can do about it, when the message does not say it: a front end phrases it (the CLI with flags).
    public var remedy: Remedy?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil, remedy: Remedy? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.remedy = remedy
    }

    /// `path: message` (the remedy is the front end's to phrase).
    public var description: String {
        [path, message].compactMap { $0 }.joined(separator: ": ")
    }

    /// Two errors are equal when their codes are, so tests can match on the kind of failure.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }
}
