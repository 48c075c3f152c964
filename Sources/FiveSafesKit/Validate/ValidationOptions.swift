public import FiveSafesDiagnostics
public import ProfileEngine

/// Everything `validate` can be told, independent of the command line.
public struct ValidationOptions: Sendable {
    /// Which profile to apply.
    public enum ProfileChoice: Sendable, Equatable {
        /// From the root's `conformsTo`; plain RO-Crate otherwise.
        case auto
        /// A built-in profile by id.
        case named(String)
        /// A profile JSON file.
        case file(String)
    }

    /// The profile.
    public var profile: ProfileChoice = .auto
    /// The profile version label (`0.4`, `0.5-DRAFT`); nil to take it from `conformsTo`.
    public var profileVersion: String?
    /// The threshold for reporting and validity.
    public var level: Severity = .required
    /// The phase; nil to detect it from the run action's status.
    public var phase: RequestResultPhase?
    /// Skip checks that need payload files.
    public var metadataOnly = false
    /// Requirement ids to skip.
    public var skip: Set<String> = []
    /// Whose levels findings carry: the spec's (default) or the reference validator's (`--levels reference`).
    public var levels: LevelScheme = .spec
    /// Largest metadata file accepted, in bytes.
    public var maxMetadataSize: Int64 = 1 << 30
    /// Most bytes a ZIP may expand to.
    public var maxArchiveSize: Int64 = 64 << 30
    /// Most payload files looked at.
    public var maxFiles = 1_000_000

    /// Signature checks: trust files, `--require-signature` (see ``CrateSigner``).
    public var signatures = SignatureOptions()

    /// Payload paths to leave out of the listing (test harness files, for instance).
    public var ignoredPayloadPaths: Set<String> = []

    /// Default options.
    public init() {}
}
