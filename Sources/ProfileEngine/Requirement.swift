public import FiveSafesDiagnostics

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

    /// The Swift check's name, for a check requirement.
    public var checkName: String? {
        if case .check(let name) = body { return name }
        return nil
    }
}
