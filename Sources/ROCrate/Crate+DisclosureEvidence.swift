internal import JSONLD

/// One recorded disclosure verdict on one output: an entity a DisclosureCheck action lists as its `result`,
/// `about` the output, with the verdict in `creativeWorkStatus` (`pass`, `fail`, `review`, `not-checked`), the
/// rules that found something in `keywords`, and a reviewer's exception in `conditionsOfAccess`.
public struct DisclosureVerdict: Sendable, Hashable {
    /// The evidence entity's `@id`.
    public var id: String
    /// The DisclosureCheck action that recorded it.
    public var actionID: String
    /// The output's `@id` (a path in the crate).
    public var output: String
    /// `pass`, `fail`, `review` or `not-checked`.
    public var status: String
    /// The rule ids that found something.
    public var rules: [String]
    /// Why a reviewer released the output despite the findings, when one did.
    public var exception: String?
    /// Who decided (the action's agent).
    public var checker: String?
    /// The evidence in a sentence or two (the first findings, located), from `description`.
    public var summary: String?

    /// Whether the output may leave: it passed, or a reviewer recorded an exception.
    public var isCleared: Bool { status == "pass" || exception != nil }
}

extension Crate {
    /// Every recorded disclosure verdict, in graph order of the actions and their results.
    public var disclosureVerdicts: [DisclosureVerdict] {
        var verdicts: [DisclosureVerdict] = []
        for action in actions(in: .disclosureCheck) {
            guard let actionID = action.id else { continue }
            let checker = action.references("agent").first
            for id in action.references("result") {
                guard let evidence = entity(id), let output = evidence.references("about").first,
                    let status = evidence.string("creativeWorkStatus")
                else { continue }
                let exception = evidence.string("conditionsOfAccess").flatMap { $0.isEmpty ? nil : $0 }
                verdicts.append(
                    DisclosureVerdict(
                        id: id, actionID: actionID, output: output, status: status,
                        rules: evidence.strings("keywords"), exception: exception, checker: checker,
                        summary: evidence.string("description")))
            }
        }
        return verdicts
    }

    /// The latest verdict per output and checker, grouped by output (two checkers vote independently).
    public var disclosureVotes: [String: [DisclosureVerdict]] {
        var latest: [String: [DisclosureVerdict]] = [:]
        for verdict in disclosureVerdicts {
            var votes = latest[verdict.output] ?? []
            votes.removeAll { $0.checker == verdict.checker }
            votes.append(verdict)
            latest[verdict.output] = votes
        }
        return latest
    }
}
