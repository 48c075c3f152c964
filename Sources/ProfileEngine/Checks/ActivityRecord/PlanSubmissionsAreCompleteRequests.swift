internal import JSONLD
internal import ROCrate

/// An `AskAction` submitting a plan has exactly that one object, exactly one recipient and is completed.
///
/// Spec (5s 1.0-WD, Requests, Plans, and Execution): the plan "MUST be an asset whose `@type` includes `prov:Plan`
/// and has an absolute IRI"; "Submitting a plan MUST be a separate `AskAction` with exactly one object (the plan),
/// exactly one recipient (… described in the RO-Crate as a `Person` or `Organization`) and
/// `CompletedActionStatus`." A submission is an `AskAction` whose object includes a described `prov:Plan`.
struct PlanSubmissionsAreCompleteRequests: Check {
    static let name = "planSubmissionsAreCompleteRequests"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.entities(ofType: ActivityRecordTerms.ask).flatMap { request -> [Finding] in
            let objects = request.references("object")
            let plans = objects.filter { id in crate.entity(id)?.types.contains(ActivityRecordTerms.plan) == true }
            guard !plans.isEmpty else { return [] }
            var problems: [(String, String)] = []
            if request.values("object").count != 1 {
                problems.append(("object", "has \(request.values("object").count) objects; a plan submission has exactly the plan"))
            }
            for plan in plans where !Crate.isAbsoluteIRI(plan) {
                problems.append(("object", "submits the plan `\(plan)`, whose @id is not an absolute IRI"))
            }
            let recipients = request.values("recipient")
            if recipients.count != 1 || !(recipients[0].referenceID.map(crate.isPersonOrOrganization) ?? false) {
                problems.append(("recipient", "does not have exactly one recipient described as a Person or Organization"))
            }
            if crate.actionStatus(of: request) != .completed {
                problems.append(("actionStatus", "is not CompletedActionStatus (a submitted request is completed)"))
            }
            return problems.map { property, text in
                Finding(
                    entity: request.label, property: property,
                    pointer: request.has(property) ? request.pointer.appending(property) : request.pointer,
                    message: "the plan submission `\(request.label)` \(text)")
            }
        }
    }
}
