public import FiveSafesDiagnostics

/// What `fivesafes federate` did: the record it wrote, the node crates it references, and the validation of the set.
public struct FederationResult: Sendable {
    /// One referenced node crate.
    public struct Node: Sendable, Equatable {
        /// The path the user gave.
        public var input: String
        /// Its canonical identifier, the `@id` of its reference in the record.
        public var identifier: String
    }

    /// The record's `ro-crate-metadata.json`.
    public var metadataPath: String
    /// The replaced record, kept with `--force`.
    public var backupPath: String?
    /// The federated activity record's identity (`dct:isVersionOf`).
    public var record: String
    /// The record representation's canonical identifier.
    public var identifier: String
    /// The node crates, in the order given.
    public var nodes: [Node]
    /// The validation reports: the record's first, then each node crate's, in the order given.
    public var reports: [ValidationReport]

    /// Whether every report is valid at the chosen level.
    public var isValid: Bool { reports.allSatisfy(\.isValid) }
}
