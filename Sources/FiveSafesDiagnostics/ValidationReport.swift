/// The outcome of validating one input: what was checked, against what, and every finding.
public struct ValidationReport: Sendable {
    /// The profile a crate was checked against.
    public struct ProfileInfo: Sendable, Hashable {
        /// `five-safes-crate`, `ro-crate`, or a custom profile's id.
        public var id: String
        /// The version, e.g. `0.4`.
        public var version: String?
        /// The profile IRI.
        public var iri: String?

        /// Creates profile info.
        public init(id: String, version: String?, iri: String?) {
            self.id = id
            self.version = version
            self.iri = iri
        }
    }

    /// Counts of what was looked at.
    public struct Checked: Sendable, Hashable {
        /// Requirements evaluated.
        public var rules: Int
        /// Entities in the graph.
        public var entities: Int
        /// Payload files looked at.
        public var files: Int
        /// Payload bytes looked at.
        public var bytes: Int64

        /// Creates counts.
        public init(rules: Int = 0, entities: Int = 0, files: Int = 0, bytes: Int64 = 0) {
            self.rules = rules
            self.entities = entities
            self.files = files
            self.bytes = bytes
        }
    }

    /// The input as the user named it.
    public var input: String
    /// The profile applied.
    public var profile: ProfileInfo
    /// The phase the crate was validated as.
    public var phase: RequestResultPhase
    /// The threshold: findings at or above it are reported and make the crate invalid.
    public var level: Severity
    /// Whose levels the findings carry (`--levels`).
    public var levels: LevelScheme
    /// Findings at or above the level, in report order.
    public var issues: [Diagnostic]
    /// What was checked.
    public var checked: Checked
    /// Wall-clock time spent.
    public var elapsedMilliseconds: Int

    /// Creates a report; issues below the level are dropped and the rest sorted.
    public init(
        input: String,
        profile: ProfileInfo,
        phase: RequestResultPhase,
        level: Severity,
        levels: LevelScheme = .spec,
        diagnostics: [Diagnostic],
        checked: Checked,
        elapsedMilliseconds: Int
    ) {
        self.input = input
        self.profile = profile
        self.phase = phase
        self.level = level
        self.levels = levels
        self.issues = diagnostics.filter { $0.severity >= level }.sorted(by: Diagnostic.reportOrder)
        self.checked = checked
        self.elapsedMilliseconds = elapsedMilliseconds
    }

    /// No finding at or above the level.
    public var isValid: Bool { issues.isEmpty }

    /// True when the input could not be read as a crate (exit status 2).
    public var isToolFailure: Bool { issues.contains(where: \.isFatal) }

    /// Number of reported findings of a severity.
    public func count(_ severity: Severity) -> Int {
        issues.count { $0.severity == severity }
    }
}
