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
    public var phase: CratePhase
    /// The payload, or nil with `--metadata-only` or for metadata read from a file or stdin alone.
    public var payload: PayloadIndex?
    /// Facts shared by many rules, computed once by ``ProfileValidator`` (nil: each rule computes its own).
    var facts: CrateFacts?

    /// Creates a context.
    public init(
        crate: Crate,
        profileIRI: String? = nil,
        knownProfileIRIs: [String] = [],
        phase: CratePhase = .request,
        payload: PayloadIndex? = nil
    ) {
        self.crate = crate
        self.profileIRI = profileIRI
        self.knownProfileIRIs = knownProfileIRIs
        self.phase = phase
        self.payload = payload
    }
}

/// Whether a crate is a request (before review) or a result (after review began).
public enum CratePhase: String, Sendable, CaseIterable {
    case request
    case result

    /// The phase a crate is in, from what it claims to be: a request unless it records the TRE's own review,
    /// consistently.
    ///
    /// A crate is a result (a request under review, or after it) when it claims review (a review action, or a run
    /// that has begun) *and* that review is consistent with a TRE having done it: the TRE's first act, the check
    /// phase (5S-CHK-01), is recorded, and a run that has begun was signed off (5S-SIGN-01). Anything else is a
    /// request, so a client-made sign-off or approval in a request is judged by the request rules (5S-SEC-05
    /// reports it) instead of turning the request into a "valid result".
    public static func detect(in crate: Crate) -> CratePhase {
        let runBegun = crate.runActions.contains { crate.actionStatus(of: $0)?.hasBegun ?? false }
        let reviewActions = crate.reviewActions
        guard runBegun || !reviewActions.isEmpty else { return .request }
        let checked = !LifecyclePhase.check.actions(in: crate).isEmpty
        let signedOff = LifecycleState(crate)[.signOff] == .completed
        return checked && (!runBegun || signedOff) ? .result : .request
    }
}
