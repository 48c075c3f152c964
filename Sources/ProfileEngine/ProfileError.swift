/// A profile that cannot be used: malformed JSON, an unknown key, an unknown check.
public struct ProfileError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The file it was read from.
    public var file: String
    /// The requirement concerned, when one is.
    public var requirement: String?

    /// Creates an error.
    public init(_ message: String, file: String, requirement: String? = nil) {
        self.message = message
        self.file = file
        self.requirement = requirement
    }

    /// `file: requirement ID: message`.
    public var description: String {
        [file, requirement.map { "requirement \($0)" }, message].compactMap { $0 }.joined(separator: ": ")
    }
}
