public import FiveSafesDiagnostics
public import ROCrate

/// One row of the catalogue: an id, a level, the spec's words, and how to check it.
///
/// Either declarative (`target` + `constraints`, interpreted by ``ProfileValidator``) or a named Swift
/// ``Check`` for what data cannot express.
public struct Requirement: Sendable {
    /// The RFC 2119 level, which decides the severity of its findings.
    public enum Level: String, Sendable, CaseIterable {
        case must = "MUST"
        case should = "SHOULD"
        case may = "MAY"

        /// The severity of a finding: MUST → required, SHOULD → recommended, MAY → optional.
        public var severity: Severity {
            switch self {
            case .must: .required
            case .should: .recommended
            case .may: .optional
            }
        }
    }

    /// A level the spec text gives one case of the requirement, or crates of older RO-Crate versions, instead
    /// of the row's (e.g. RC-MD-09 is a MUST in RO-Crate 1.2 but at most a SHOULD in 1.1).
    public struct LevelCase: Sendable, Hashable {
        /// The case a check names on its finding (``Finding/levelCase``); nil for every finding of the row.
        public var finding: String?
        /// Applies only to crates declaring this RO-Crate version or an earlier one (e.g. `1.1`); nil for all.
        public var upToROCrate: String?
        /// The level for the case.
        public var level: Level

        /// Creates a case.
        public init(finding: String? = nil, upToROCrate: String? = nil, level: Level) {
            self.finding = finding
            self.upToROCrate = upToROCrate
            self.level = level
        }

        /// Whether the case covers a finding in a crate declaring an RO-Crate version.
        func covers(_ finding: Finding, roCrateVersion: ROCrateVersion?) -> Bool {
            if let wanted = self.finding, wanted != finding.levelCase { return false }
            guard let limit = upToROCrate.flatMap(ROCrateVersion.init) else { return true }
            guard let roCrateVersion else { return false }
            return roCrateVersion <= limit
        }
    }

    /// What the reference validator (rocrate-validator's five-safes-crate profile, PR 167) does differently, for
    /// `--levels reference` (catalogue section 2.22, D2 and D3).
    public struct ReferenceBehaviour: Sendable {
        /// Its level, when it differs from the spec's.
        public var level: Level?
        /// True when it does not check the requirement at all.
        public var omitted: Bool
        /// Its constraints, when it checks something the spec does not say (a declarative row only).
        public var constraints: [Constraint]?

        /// Creates a reference behaviour.
        public init(level: Level? = nil, omitted: Bool = false, constraints: [Constraint]? = nil) {
            self.level = level
            self.omitted = omitted
            self.constraints = constraints
        }
    }

    /// The crates a requirement applies to.
    public enum Applicability: String, Sendable {
        case any
        case request
        case result
    }

    /// How the requirement is checked.
    public enum Body: Sendable {
        case constraints(target: EntitySelector, [Constraint])
        case check(name: String)
        /// Checked by the input layer rather than the engine: `load` rows while the metadata is read (the file
        /// exists, is JSON, has `@graph`), `package` rows while a bag or ZIP is verified. The input layer reports
        /// them with this requirement's id and level.
        case stage(String)
    }

    /// Stable id, e.g. `5S-RUN-05`.
    public var id: String
    /// The level.
    public var level: Level
    /// The requirement in the spec's words.
    public var summary: String
    /// A link to the spec section.
    public var spec: String?
    /// Request crates, result crates, or both.
    public var phase: Applicability
    /// True when it reads payload files (skipped by `--metadata-only`).
    public var needsPayload: Bool
    /// How it is checked.
    public var body: Body
    /// Message template; `{entity}`, `{property}`, `{value}`, `{profile}` are filled in.
    public var message: String?
    /// How to fix it.
    public var fix: String?
    /// Why the level or interpretation differs from the reference validator, when it does.
    public var explanation: String?
    /// A small JSON-LD excerpt that breaks the requirement.
    public var invalidExample: String?
    /// The same excerpt, fixed.
    public var validExample: String?
    /// The catalogue section this row belongs to.
    public var section: String
    /// Levels the spec gives particular cases or RO-Crate versions; the first that covers a finding wins.
    public var levelCases: [LevelCase] = []
    /// How the reference validator differs, for `--levels reference`; nil when it agrees with the spec.
    public var reference: ReferenceBehaviour?
    /// The profile version labels the row applies to (`0.5`, `1.0-WD`); nil for every version.
    public var versions: Set<String>?

    /// Whether the row applies to crates checked against a profile version (every row applies when none is known).
    public func applies(to version: String?) -> Bool {
        guard let versions, let version else { return true }
        return versions.contains(version)
    }

    /// The level of a finding: the reference validator's when asked for and different, else the first level case
    /// covering the finding, else the row's.
    public func level(of finding: Finding, roCrateVersion: ROCrateVersion?, scheme: LevelScheme) -> Level {
        if scheme == .reference, let level = reference?.level { return level }
        return levelCases.first { $0.covers(finding, roCrateVersion: roCrateVersion) }?.level ?? level
    }

    /// The checking body under a level scheme: PR 167's own constraints replace the spec's in reference mode.
    public func body(under scheme: LevelScheme) -> Body {
        guard scheme == .reference, let constraints = reference?.constraints,
            case .constraints(let target, _) = body
        else { return body }
        return .constraints(target: target, constraints)
    }

    /// The Swift check's name, for a check requirement.
    public var checkName: String? {
        if case .check(let name) = body { return name }
        return nil
    }
}
