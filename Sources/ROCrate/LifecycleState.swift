/// Where a crate stands in its lifecycle: the outcome of each phase, read from its actions' `actionStatus`.
public struct LifecycleState: Sendable {
    /// The outcome of a phase: among its ended actions (completed or failed), the one that ended last (by
    /// `endTime`, else `startTime`; graph order breaks ties and orders actions without times), so a later approval
    /// supersedes an earlier failure and a later failure (a disclosure check failed after publishing) an earlier
    /// approval; with none ended, active before potential. Nil when the phase is not recorded.
    public let outcomes: [LifecyclePhase: ActionStatus]
    /// The action that decides each outcome.
    public let deciding: [LifecyclePhase: Entity]

    /// Reads the state of a crate.
    public init(_ crate: Crate) {
        var outcomes: [LifecyclePhase: ActionStatus] = [:]
        var deciding: [LifecyclePhase: Entity] = [:]
        let rank: [ActionStatus] = [.active, .potential]
        for phase in LifecyclePhase.allCases {
            let actions = phase.actions(in: crate).map { ($0, crate.actionStatus(of: $0)) }
            let ended = actions.enumerated().filter { $0.element.1?.hasEnded ?? false }
            if let last = ended.max(by: { Self.endsBefore($0, $1) }) {
                outcomes[phase] = last.element.1
                deciding[phase] = last.element.0
                continue
            }
            for status in rank {
                if let match = actions.last(where: { $0.1 == status }) {
                    outcomes[phase] = status
                    deciding[phase] = match.0
                    break
                }
            }
            if outcomes[phase] == nil, let any = actions.last {
                deciding[phase] = any.0
            }
        }
        self.outcomes = outcomes
        self.deciding = deciding
    }

    /// Whether the first (position, action) ended before the second: by time when both have one, else by position.
    private static func endsBefore(
        _ lhs: (offset: Int, element: (Entity, ActionStatus?)),
        _ rhs: (offset: Int, element: (Entity, ActionStatus?))
    ) -> Bool {
        let time = { (entity: Entity) in LifecycleTime.time(entity, "endTime") ?? LifecycleTime.time(entity, "startTime") }
        if let left = time(lhs.element.0), let right = time(rhs.element.0), left != right { return left < right }
        return lhs.offset < rhs.offset
    }

    /// The outcome of a phase.
    public subscript(phase: LifecyclePhase) -> ActionStatus? { outcomes[phase] }

    /// The label of the action that decides a phase's outcome (or the phase's title).
    func label(_ phase: LifecyclePhase) -> String {
        deciding[phase].map { "`\($0.label)`" } ?? phase.title.lowercased()
    }
}

/// A move `provenance add` is asked to make: a phase's action reaching a status.
public struct LifecycleMove: Sendable {
    /// The phase.
    public var phase: LifecyclePhase
    /// The status the action is to have.
    public var status: ActionStatus
    /// The existing action being updated in place, if any.
    public var updating: Entity?
    /// Whether the move adds workflow results (outputs) to the crate.
    public var addsOutputs: Bool

    /// Creates a move.
    public init(phase: LifecyclePhase, status: ActionStatus, updating: Entity? = nil, addsOutputs: Bool = false) {
        self.phase = phase
        self.status = status
        self.updating = updating
        self.addsOutputs = addsOutputs
    }
}

/// Why the lifecycle forbids a move: the catalogue id of the rule and a sentence naming the actions involved.
public struct LifecycleRefusal: Error, Sendable, Equatable {
    /// The catalogue id (`5S-SIGN-01`, …).
    public let rule: String
    /// What is wrong, for people.
    public let message: String

    /// Creates a refusal.
    public init(rule: String, message: String) {
        self.rule = rule
        self.message = message
    }
}
