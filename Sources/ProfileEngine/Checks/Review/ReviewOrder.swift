internal import JSONLD
internal import ROCrate

/// The phase order of the review process (catalogue 3.1), read from `startTime`/`endTime`.
///
/// "A before B" means A ended before B began. Only definite violations are reported: A's end (or, without
/// one, its start) is later than B's start (or, without one, its end). Pending actions are left out, since
/// their times may be forecasts (spec, Disclosure phase).
enum ReviewOrder {
    /// When an action began and ended, as far as its times tell.
    struct Span {
        let entity: Entity
        let start: Double?
        let end: Double?
        var begin: Double? { start ?? end }
        var finish: Double? { end ?? start }
    }

    /// The spans of the actions that have begun and carry a valid time.
    static func spans(_ actions: [Entity], in crate: Crate) -> [Span] {
        actions.compactMap { action in
            guard crate.actionStatus(of: action) != .potential else { return nil }
            let span = Span(entity: action, start: ReviewTime.time(action, "startTime"), end: ReviewTime.time(action, "endTime"))
            return span.begin == nil ? nil : span
        }
    }

    /// One finding per pair where an `earlier` action did not end before a `later` one began.
    ///
    /// - Parameters:
    ///   - reportOnEarlier: true to point the finding at the earlier action's time, else at the later one's.
    ///   - message: builds the message from the earlier and the later action's labels.
    static func findings(
        earlier: [Entity], later: [Entity], in crate: Crate, reportOnEarlier: Bool,
        message: (_ earlier: String, _ later: String) -> String
    ) -> [Finding] {
        let laterSpans = spans(later, in: crate)
        var findings: [Finding] = []
        for first in spans(earlier, in: crate) {
            for second in laterSpans where first.entity.index != second.entity.index {
                guard let finish = first.finish, let begin = second.begin, finish > begin else { continue }
                let subject = reportOnEarlier ? first : second
                let property = reportOnEarlier ? (subject.end == nil ? "startTime" : "endTime")
                    : (subject.start == nil ? "endTime" : "startTime")
                findings.append(Finding(
                    entity: subject.entity.label, property: property,
                    pointer: ReviewGraph.pointer(subject.entity, property),
                    message: message(first.entity.label, second.entity.label)
                ))
            }
        }
        return findings
    }
}
