/// The status rules of the state machine: which outcomes a phase needs before it may begin, and which status
/// moves an existing action may make.
extension Lifecycle {
    /// The first rule that forbids a move in a crate, or nil when the move is legal.
    ///
    /// Time order is not judged here: callers apply the move and ask ``violations(in:)`` of the result.
    /// `newAction` is how the caller's user asks for a new action instead of changing the ended one (the CLI
    /// passes its flag); the refusal's advice names it.
    public static func refusal(for move: LifecycleMove, in crate: Crate, newAction: String) -> LifecycleRefusal? {
        let state = LifecycleState(crate)
        if let existing = move.updating, let current = crate.actionStatus(of: existing),
            let refusal = statusRefusal(from: current, to: move.status, of: existing, phase: move.phase, newAction: newAction)
        {
            return refusal
        }
        if move.addsOutputs, state[.disclose] == .failed {
            return LifecycleRefusal(
                rule: Rule.failedDisclosureWithholdsResults,
                message: "the crate failed disclosure (\(state.label(.disclose))); it must not gain workflow results")
        }
        guard move.status.hasBegun else { return nil }
        return prerequisites(of: move.phase, status: move.status, in: state).first
    }

    /// The outcomes a phase needs before it may begin (or end), as refusals for those that are missing.
    public static func prerequisites(of phase: LifecyclePhase, status: ActionStatus, in state: LifecycleState) -> [LifecycleRefusal] {
        var refusals: [LifecycleRefusal] = []
        if phase > .check, state[.check] == .failed {
            refusals.append(
                LifecycleRefusal(
                    rule: Rule.checkFirst,
                    message: "the checksum check \(state.label(.check)) failed; no \(phase.title.lowercased()) may follow a failed check"))
        }
        if [.retrieve, .signOff, .execute, .disclose].contains(phase), state[.validate] == .failed {
            refusals.append(
                LifecycleRefusal(
                    rule: Rule.validationFirst,
                    message:
                        "the validation \(state.label(.validate)) failed; no \(phase.title.lowercased()) may follow a failed validation"))
        }
        if phase == .execute || phase == .disclose, state[.signOff] != .completed {
            let why = state[.signOff].map { "the sign-off \(state.label(.signOff)) is \($0.shortName)" } ?? "there is no sign-off"
            let what =
                phase == .execute
                ? "the workflow may run only after a completed sign-off"
                : "disclosure control needs a run that was signed off"
            refusals.append(LifecycleRefusal(rule: Rule.signOffBeforeExecution, message: "\(why); \(what)"))
        }
        if phase == .disclose, !(state[.execute]?.hasEnded ?? false) {
            let why = state[.execute].map { "the workflow run \(state.label(.execute)) is \($0.shortName)" } ?? "the workflow has not run"
            refusals.append(
                LifecycleRefusal(rule: Rule.disclosureAfterExecution, message: "\(why); the disclosure check needs the finished results"))
        }
        if phase == .publish, state[.execute] == .completed, !(state[.disclose]?.hasEnded ?? false) {
            refusals.append(
                LifecycleRefusal(
                    rule: Rule.disclosureAfterExecution,
                    message: "the workflow results have not passed disclosure control; publish after the disclosure check ends"))
        }
        return refusals
    }

    /// Refuses moving an action backwards: an ended action keeps its outcome, and an active one does not go back
    /// to potential.
    static func statusRefusal(
        from current: ActionStatus, to next: ActionStatus, of action: Entity, phase: LifecyclePhase, newAction: String
    )
        -> LifecycleRefusal?
    {
        let legal: Bool
        switch current {
        case .potential: legal = true
        case .active: legal = next != .potential
        case .completed, .failed: legal = next == current
        }
        guard !legal else { return nil }
        let rule = phase == .execute ? Rule.runStates : Rule.reviewOutcome
        let advice =
            !current.hasEnded
            ? "an action does not go back to pending"
            : phase == .execute
                ? "a finished run keeps its outcome" : "an ended action keeps its outcome; record a new action with \(newAction)"
        return LifecycleRefusal(
            rule: rule,
            message: "`\(action.label)` is \(current.shortName); \(current.shortName) → \(next.shortName) is not a legal move (\(advice))")
    }
}
