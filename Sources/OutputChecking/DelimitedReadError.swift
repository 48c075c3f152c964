/// Why a delimited file could not be read to its end.
public struct DelimitedReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based record number where reading stopped.
    public var row: Int
    /// 1-based physical line where reading stopped.
    public var line: Int
    /// What went wrong, one sentence without a trailing period.
    public var reason: String

    /// Creates an error.
    public init(row: Int, line: Int, reason: String) {
        self.row = row
        self.line = line
        self.reason = reason
    }

    public var description: String { "row \(row) (line \(line)): \(reason)" }
}
