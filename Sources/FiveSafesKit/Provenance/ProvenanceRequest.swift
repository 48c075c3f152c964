public import ROCrate

/// What `provenance add` is asked to record: one phase's action, its status, agent, times and extras.
public struct ProvenanceRequest: Sendable {
    /// Who performed the action, when the crate does not describe the agent yet.
    public enum AgentKind: String, Sendable, CaseIterable {
        /// A `Person` (TRE staff; `affiliation` the TRE).
        case person
        /// An `Organization` (e.g. a helpdesk).
        case organization
        /// A `SoftwareApplication` acting for the TRE (`provider` the TRE, spec 5S-REV-11).
        case software
    }

    /// The phase.
    public var phase: LifecyclePhase
    /// The status the action gets.
    public var status: ActionStatus = .completed
    /// The agent's `@id`.
    public var agent: String?
    /// The agent's name, for a new agent entity.
    public var agentName: String?
    /// The agent's type, for a new agent entity (default: software when a version is given, organization when the
    /// agent is the TRE, else person).
    public var agentKind: AgentKind?
    /// A software agent's `version` (RO-Crate 1.2 asks for one).
    public var agentVersion: String?
    /// A software agent's `url` (default: its `@id` when that is an http(s) IRI).
    public var agentURL: String?
    /// The TRE `Organization`'s `@id`: provider of software agents, affiliation of staff, publisher at publishing.
    public var tre: String?
    /// The TRE's name, for a new TRE entity.
    public var treName: String?
    /// `startTime` (RFC 3339 with a zone); default now where the phase needs one.
    public var start: String?
    /// `endTime` (RFC 3339 with a zone); default now for ended actions.
    public var end: String?
    /// A note, recorded as the action's `description`.
    public var note: String?
    /// The action's `name` (default: the check and its outcome, e.g. "BagIt checksum of Crate: OK").
    public var name: String?
    /// The `instrument` `@id` (default per phase: sha-512 for check and publish, the profile for validation).
    public var instrument: String?
    /// A name for a new instrument entity.
    public var instrumentName: String?
    /// Result files or folders, relative to the crate root (or paths inside it).
    public var results: [String] = []
    /// Record even when the lifecycle forbids the move.
    public var force = false
    /// Record a new action of the phase instead of updating the latest one.
    public var newAction = false
    /// For disclosure: the per-output verdicts, policy and tool to record with the action.
    public var evidence: DisclosureEvidence?

    /// Creates a request for a phase.
    public init(phase: LifecyclePhase, status: ActionStatus = .completed) {
        self.phase = phase
        self.status = status
    }

    /// Creates a request from the command-line spellings (`sign-off`, `completed`, …).
    ///
    /// - Throws: ``FiveSafesError`` with code `usage` for an unknown phase or status.
    public init(phase: String, status: String) throws(FiveSafesError) {
        guard let known = LifecyclePhase(rawValue: phase) else {
            throw FiveSafesError(
                .usage, "unknown phase \(phase); use one of \(LifecyclePhase.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let state = ActionStatus.allCases.first(where: { $0.shortName == status }) else {
            throw FiveSafesError(.usage, "unknown status \(status); use potential, active, completed or failed")
        }
        self.init(phase: known, status: state)
    }
}

/// What `provenance add` did.
public struct ProvenanceRecord: Sendable {
    /// The action's `@id`.
    public var actionID: String
    /// The phase.
    public var phase: LifecyclePhase
    /// The status recorded.
    public var status: ActionStatus
    /// True when an existing action was edited in place.
    public var updated: Bool
    /// Rules that forbade the move but were overridden with `--force`.
    public var overridden: [LifecycleRefusal]
    /// The metadata file written.
    public var metadataPath: String
    /// True when the bag's manifests were regenerated (publishing a bag folder).
    public var refreshedBag: Bool
    /// Remarks for the user (stale manifests, ignored options).
    public var notes: [String]
}
