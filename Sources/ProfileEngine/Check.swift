public import ROCrate

/// A requirement whose logic cannot be written as declarative constraints.
///
/// A check reports *what* and *where*; the engine stamps the requirement id, severity and line numbers.
/// A check reports only its own requirement: absence of a property is another requirement's job.
public protocol Check: Sendable {
    /// The name a profile uses in `"check": "…"`.
    static var name: String { get }

    /// Returns one finding per violation; an empty array means the requirement holds.
    func evaluate(in context: CheckContext) -> [Finding]
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

    /// The phase a crate is in: a run action that has begun, or any review action, makes a result crate.
    public static func detect(in crate: Crate) -> CratePhase {
        if crate.runActions.contains(where: { crate.actionStatus(of: $0)?.hasBegun ?? false }) { return .result }
        let reviewed = ReviewPhase.allCases.contains { !crate.actions(in: $0).isEmpty }
            || !crate.entities(ofType: "DownloadAction").isEmpty
        return reviewed ? .result : .request
    }
}
