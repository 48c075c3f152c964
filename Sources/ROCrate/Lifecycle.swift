/// The Five Safes phase state machine, encoded once: which phase must end before which begins, which outcomes a
/// phase needs before it may begin, and which status moves an action may make.
///
/// `validate`'s ordering rules read ``orderRules`` and ``violations(of:in:)``; `provenance add` asks
/// ``refusal(for:in:)`` before it writes, and then the same order rules on the crate it would write. Every rule
/// carries the catalogue id that forbids the move, so both commands name the same requirement.
public enum Lifecycle {
    /// The catalogue ids of the status rules (the time-order rules carry their own in ``orderRules``).
    public enum Rule {
        /// Check phase: "Before any further processing, the content … SHOULD be checked".
        public static let checkFirst = "5S-CHK-01"
        /// Review process: validation is the first step after authentication.
        public static let validationFirst = "5S-REV-02"
        /// Workflow retrieval phase: the workflow is retrieved before sign-off or execution.
        public static let retrievalBeforeExecution = "5S-DL-01"
        /// Sign-off phase: check permission before executing.
        public static let signOffBeforeExecution = "5S-SIGN-01"
        /// Disclosure phase: a disclosure check of the (finished) results before they are returned.
        public static let disclosureAfterExecution = "5S-DISC-01"
        /// Disclosure phase: a failed disclosure returns no results.
        public static let failedDisclosureWithholdsResults = "5S-DISC-08"
        /// Review process: an assessment's actionStatus records its outcome (an outcome is final).
        public static let reviewOutcome = "5S-REV-04"
        /// Requested workflow run: Potential → Active → Completed / Failed.
        public static let runStates = "5S-RUN-09"
    }

    /// "Every action of `earlier` ends before any action of `later` begins" (read from `startTime`/`endTime`).
    public struct OrderRule: Sendable {
        /// The catalogue id.
        public let rule: String
        /// The phase that must end first.
        public let earlier: LifecyclePhase
        /// The phases that must not begin before it ends, in reporting order.
        public let later: [LifecyclePhase]
        /// Whether a violation is reported on the earlier action (else on the later one).
        public let reportOnEarlier: Bool
    }

    /// The time-order rules (catalogue 3.1), in reporting order. Retrieval is not ordered against sign-off: the
    /// spec lets the TRE retrieve the workflow before sign-off or before execution.
    public static let orderRules: [OrderRule] = [
        OrderRule(
            rule: Rule.checkFirst, earlier: .check, later: [.validate, .retrieve, .signOff, .execute, .disclose], reportOnEarlier: true),
        OrderRule(
            rule: Rule.validationFirst, earlier: .validate, later: [.retrieve, .signOff, .execute, .disclose], reportOnEarlier: true),
        OrderRule(rule: Rule.retrievalBeforeExecution, earlier: .retrieve, later: [.execute], reportOnEarlier: true),
        OrderRule(rule: Rule.signOffBeforeExecution, earlier: .signOff, later: [.execute], reportOnEarlier: true),
        OrderRule(rule: Rule.disclosureAfterExecution, earlier: .execute, later: [.disclose], reportOnEarlier: false),
    ]

    /// The order rule with a catalogue id.
    public static func orderRule(_ id: String) -> OrderRule? {
        orderRules.first { $0.rule == id }
    }

    /// One definite breach of an order rule: `earlier` did not end before `later` began.
    public struct OrderViolation: Sendable {
        /// The catalogue id.
        public let rule: String
        /// The action that should have ended first.
        public let earlier: Entity
        /// The action that began too soon.
        public let later: Entity
        /// The action the finding belongs to (per the rule's `reportOnEarlier`).
        public let subject: Entity
        /// The property of `subject` that shows the breach (`startTime` or `endTime`).
        public let property: String
    }

    /// When an action began and ended, as far as its times tell.
    struct Span {
        let entity: Entity
        let start: Double?
        let end: Double?
        var begin: Double? { start ?? end }
        var finish: Double? { end ?? start }
    }

    /// The breaches of a rule in a crate. Only definite violations count: the earlier action's end (or, without one,
    /// its start) is later than the later one's start (or, without one, its end). Pending actions are left out,
    /// since their times may be forecasts (spec, Disclosure phase).
    public static func violations(of rule: OrderRule, in crate: Crate) -> [OrderViolation] {
        let laterSpans = spans(rule.later.flatMap { $0.actions(in: crate) }, in: crate)
        var found: [OrderViolation] = []
        for first in spans(rule.earlier.actions(in: crate), in: crate) {
            for second in laterSpans where first.entity.index != second.entity.index {
                guard let finish = first.finish, let begin = second.begin, finish > begin else { continue }
                let subject = rule.reportOnEarlier ? first : second
                let property =
                    rule.reportOnEarlier
                    ? (subject.end == nil ? "startTime" : "endTime")
                    : (subject.start == nil ? "endTime" : "startTime")
                found.append(
                    OrderViolation(
                        rule: rule.rule, earlier: first.entity, later: second.entity, subject: subject.entity, property: property))
            }
        }
        return found
    }

    /// Every order breach in a crate, rule by rule.
    public static func violations(in crate: Crate) -> [OrderViolation] {
        orderRules.flatMap { violations(of: $0, in: crate) }
    }

    static func spans(_ actions: [Entity], in crate: Crate) -> [Span] {
        actions.compactMap { action in
            guard crate.actionStatus(of: action) != .potential else { return nil }
            let span = Span(entity: action, start: LifecycleTime.time(action, "startTime"), end: LifecycleTime.time(action, "endTime"))
            return span.begin == nil ? nil : span
        }
    }
}
