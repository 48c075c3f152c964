/// Why a key, a certificate, a trust file or a signature could not be used: a tool failure, not a finding.
public struct SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for people (no trailing period).
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
