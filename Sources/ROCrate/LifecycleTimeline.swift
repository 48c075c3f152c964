/// The recorded lifecycle of a crate: every phase action in phase order, with gaps and anomalies flagged.
public struct LifecycleTimeline: Sendable {
    /// One recorded action.
    public struct Entry: Sendable {
        /// The phase.
        public let phase: LifecyclePhase
        /// The action's `@id` (or its graph position).
        public let id: String
        /// The action's `name`.
        public let name: String?
        /// The status, when it is one of the four.
        public let status: ActionStatus?
        /// The agents' `@id`s.
        public let agents: [String]
        /// The agents' names, where the crate describes them.
        public let agentNames: [String]
        /// `startTime` as written.
        public let start: String?
        /// `endTime` as written.
        public let end: String?
        /// The action's `description`.
        public let note: String?
    }

    /// Something a reviewer should look at.
    public struct Flag: Sendable, Equatable {
        /// A gap or an anomaly.
        public let kind: Kind
        /// The catalogue id of the rule involved, if any.
        public let rule: String?
        /// The action concerned, if any.
        public let entity: String?
        /// What is wrong.
        public let message: String

        /// The kinds of flag; the raw values are the JSON spellings of `provenance show` and `inspect`.
        public enum Kind: String, Sendable, CaseIterable {
            /// A phase is missing.
            case gap
            /// Something is out of order or malformed.
            case anomaly
        }
    }

    /// The actions, in phase order, then by start time.
    public let entries: [Entry]
    /// Gaps and anomalies.
    public let flags: [Flag]

    /// Reads the timeline of a crate.
    public init(_ crate: Crate) {
        var entries: [Entry] = []
        for phase in LifecyclePhase.allCases {
            let actions = phase.actions(in: crate).enumerated().sorted { lhs, rhs in
                let left = LifecycleTime.time(lhs.element, "startTime") ?? LifecycleTime.time(lhs.element, "endTime") ?? .infinity
                let right = LifecycleTime.time(rhs.element, "startTime") ?? LifecycleTime.time(rhs.element, "endTime") ?? .infinity
                return left == right ? lhs.offset < rhs.offset : left < right
            }.map(\.element)
            for action in actions {
                let agents = action.references("agent")
                entries.append(
                    Entry(
                        phase: phase, id: action.label, name: action.string("name"), status: crate.actionStatus(of: action),
                        agents: agents, agentNames: agents.compactMap { crate.entity($0)?.string("name") },
                        start: action.string("startTime"), end: action.string("endTime"), note: action.string("description")
                    ))
            }
        }
        self.entries = entries
        self.flags = LifecycleTimeline.gaps(in: crate) + LifecycleTimeline.anomalies(in: crate)
    }

    /// Phases missing before the furthest phase recorded (retrieval is optional and not reported).
    static func gaps(in crate: Crate) -> [Flag] {
        let state = LifecycleState(crate)
        let recorded = LifecyclePhase.allCases.filter { !$0.actions(in: crate).isEmpty }
        let runBegun = state[.execute]?.hasBegun ?? false
        guard let furthest = recorded.filter({ $0 != .execute || runBegun }).max() else { return [] }
        return LifecyclePhase.allCases.filter { $0 < furthest && $0 != .retrieve }.compactMap { phase in
            if phase == .execute {
                return runBegun
                    ? nil
                    : Flag(
                        kind: .gap, rule: nil, entity: nil,
                        message: "the workflow run has not begun, yet \(furthest.title.lowercased()) is recorded")
            }
            return recorded.contains(phase)
                ? nil
                : Flag(
                    kind: .gap, rule: nil, entity: nil,
                    message: "no \(phase.title.lowercased()) phase is recorded before \(furthest.title.lowercased())")
        }
    }

    /// Order breaches, phases that began although an earlier outcome forbids it, malformed or missing times.
    static func anomalies(in crate: Crate) -> [Flag] {
        var flags = Lifecycle.violations(in: crate).map { violation in
            Flag(
                kind: .anomaly, rule: violation.rule, entity: violation.subject.label,
                message:
                    "`\(violation.earlier.label)` (\(phaseTitle(violation.earlier, crate))) ends after `\(violation.later.label)` (\(phaseTitle(violation.later, crate))) began"
            )
        }
        let state = LifecycleState(crate)
        for phase in LifecyclePhase.allCases {
            guard let status = state[phase], status.hasBegun else { continue }
            for refusal in Lifecycle.prerequisites(of: phase, status: status, in: state) {
                flags.append(Flag(kind: .anomaly, rule: refusal.rule, entity: state.deciding[phase]?.label, message: refusal.message))
            }
        }
        if state[.disclose] == .failed, crate.runActions.contains(where: { !$0.references("result").isEmpty }) {
            flags.append(
                Flag(
                    kind: .anomaly, rule: Lifecycle.Rule.failedDisclosureWithholdsResults, entity: state.deciding[.disclose]?.label,
                    message: "the crate failed disclosure but the run still lists results"))
        }
        for phase in LifecyclePhase.allCases {
            for action in phase.actions(in: crate) {
                flags += timeFlags(action, phase: phase, crate: crate)
            }
        }
        return flags
    }

    static func timeFlags(_ action: Entity, phase: LifecyclePhase, crate: Crate) -> [Flag] {
        var flags: [Flag] = []
        for property in ["startTime", "endTime"] {
            for text in action.strings(property) where LifecycleTime.instant(text) == nil {
                flags.append(
                    Flag(
                        kind: .anomaly, rule: "5S-TIME-01", entity: action.label,
                        message: "the \(property) `\(text)` is not an RFC 3339 timestamp with a time zone"))
            }
        }
        let status = crate.actionStatus(of: action)
        if status == nil {
            flags.append(
                Flag(kind: .anomaly, rule: nil, entity: action.label, message: "`\(action.label)` has no recognised actionStatus"))
        }
        if status?.hasEnded == true, phase != .publish, !action.has("endTime") {
            flags.append(
                Flag(kind: .anomaly, rule: "5S-REV-08", entity: action.label, message: "`\(action.label)` has ended but has no endTime"))
        }
        if let start = LifecycleTime.time(action, "startTime"), let end = LifecycleTime.time(action, "endTime"), end < start {
            flags.append(Flag(kind: .anomaly, rule: nil, entity: action.label, message: "`\(action.label)` ends before it starts"))
        }
        return flags
    }

    static func phaseTitle(_ entity: Entity, _ crate: Crate) -> String {
        LifecyclePhase.phase(of: entity, in: crate)?.title.lowercased() ?? "action"
    }
}
