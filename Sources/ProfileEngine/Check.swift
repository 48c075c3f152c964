public import FiveSafesDiagnostics
public import ROCrate

/// A requirement whose logic cannot be written as declarative constraints.
///
/// A check reports *what* and *where*; the engine stamps the requirement id, severity and line numbers.
/// A check reports only its own requirement: absence of a property is another requirement's job.
public protocol Check: Sendable {
    /// The name a profile uses in `"check": "…"`.
    static var name: String { get }

    /// The level cases its findings may name (``Finding/levelCase``), which the catalogue may give own levels.
    static var levelCases: Set<String> { get }

    /// Returns one finding per violation; an empty array means the requirement holds.
    func evaluate(in context: CheckContext) -> [Finding]
}

extension Check {
    /// No level cases: every finding has the row's level.
    public static var levelCases: Set<String> { [] }
}

/// What a check may look at.
public struct CheckContext: Sendable {
    /// The crate.
    public var crate: Crate
    /// The IRI of the profile version being applied (e.g. `https://w3id.org/5s-crate/0.4`), if any.
    public var profileIRI: String?
    /// Every IRI of the profile's known versions, to recognise declarations of another version.
    public var knownProfileIRIs: [String]
    /// The phase being validated.
    public var phase: RequestResultPhase
    /// The payload, or nil with `--metadata-only` or for metadata read from a file or stdin alone.
    public var payload: PayloadIndex?
    /// Facts shared by many rules, computed once by ``ProfileValidator`` (nil: each rule computes its own).
    var facts: CrateFacts?

    /// Creates a context.
    public init(
        crate: Crate,
        profileIRI: String? = nil,
        knownProfileIRIs: [String] = [],
        phase: RequestResultPhase = .request,
        payload: PayloadIndex? = nil
    ) {
        self.crate = crate
        self.profileIRI = profileIRI
        self.knownProfileIRIs = knownProfileIRIs
        self.phase = phase
        self.payload = payload
    }
}
