internal import JSONLD
internal import ROCrate

/// Every decision names what it decided upon; one answering a request names exactly the one asked-about subject.
///
/// Spec (5s 1.0-WD, Decision Subjects and Provenance): "`object` … Every decision MUST have at least one." "An
/// `AuthorizeAction` or `RejectAction` answering a submitted plan or a request for a decision on one asset MUST
/// have exactly one `object` (the same exact plan version or asset as the request) and MUST identify the
/// `AskAction` with `prov:wasInformedBy`." A decision is taken to answer a request when its `prov:wasInformedBy`
/// names an `AskAction` described here; its object must then be that request's. Fix: set `object`.
struct DecisionsHaveSubjects: Check {
    static let name = "decisionsHaveSubjects"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let decisions = ActivityRecordTerms.decisionKinds.sorted().flatMap { crate.entities(ofType: $0) }
        return decisions.compactMap { decision in
            let objects = decision.references("object") + decision.strings("object")
            let finding = { (message: String) in
                Finding(
                    entity: decision.label, property: "object",
                    pointer: decision.has("object") ? decision.pointer.appending("object") : decision.pointer, message: message)
            }
            guard !objects.isEmpty else { return finding("the decision `\(decision.label)` has no object (what was decided upon)") }
            let requests = decision.references(ActivityRecordTerms.wasInformedBy).compactMap(crate.entity).filter {
                crate.hasType($0, ActivityRecordTerms.ask)
            }
            for request in requests {
                let asked = request.references("object")
                guard asked.count == 1 else { continue }  // a request for further action on several assets is no submission
                if objects != asked {
                    return finding(
                        "the decision `\(decision.label)` answers `\(request.label)` but its object is not exactly that request's `\(asked[0])`"
                    )
                }
            }
            return nil
        }
    }
}
