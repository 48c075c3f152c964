internal import JSONLD
internal import ROCrate

/// The phase order of the review process (catalogue 3.1), as findings: the lifecycle state machine
/// (``Lifecycle/orderRules``) decides every breach, so `validate` and `provenance add` never disagree.
///
/// "A before B" means A ended before B began. Only definite violations are reported: A's end (or, without
/// one, its start) is later than B's start (or, without one, its end). Pending actions are left out, since
/// their times may be forecasts (spec, Disclosure phase).
enum ReviewOrder {
    /// One finding per breach of the lifecycle's order rule with this catalogue id.
    ///
    /// - Parameter message: builds the message from the earlier and the later action's labels.
    static func findings(rule id: String, in crate: Crate, message: (_ earlier: String, _ later: String) -> String) -> [Finding] {
        guard let rule = Lifecycle.orderRule(id) else { return [] }
        return Lifecycle.violations(of: rule, in: crate).map { violation in
            Finding(
                entity: violation.subject.label, property: violation.property,
                pointer: ReviewGraph.pointer(violation.subject, violation.property),
                message: message(violation.earlier.label, violation.later.label)
            )
        }
    }
}
