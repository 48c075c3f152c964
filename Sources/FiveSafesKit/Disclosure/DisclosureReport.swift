public import OutputChecking

/// The outcome of `fivesafes disclosure check`: every output's verdict under one policy.
public struct DisclosureReport: Sendable {
    /// The crate as the user named it.
    public var input: String
    /// The policy applied.
    public var policy: DisclosurePolicy
    /// One result per output file, in path order.
    public var outputs: [TableCheck]
    /// Exception texts already recorded in the crate, by output path (a reviewer released the output).
    public var exceptions: [String: String]

    /// Creates a report.
    public init(input: String, policy: DisclosurePolicy, outputs: [TableCheck], exceptions: [String: String] = [:]) {
        self.input = input
        self.policy = policy
        self.outputs = outputs
        self.exceptions = exceptions
    }

    /// Whether an output needs no more attention: it passed, nothing can check it, or a reviewer released it.
    public func isCleared(_ output: TableCheck) -> Bool {
        output.status == .pass || output.status == .notChecked || exceptions[output.file] != nil
    }

    /// True when every output is cleared (exit status 0).
    public var isCleared: Bool { outputs.allSatisfy(isCleared) }

    /// How many outputs have a status.
    public func count(_ status: OutputStatus) -> Int { outputs.count { $0.status == status } }
}
