/// A well-formedness error libxml2 reported while parsing.
public struct MarkupProblem: Sendable, Hashable, CustomStringConvertible {
    /// The line (1-based), or 0 when unknown.
    public var line: Int
    /// libxml2's message, trimmed.
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}
