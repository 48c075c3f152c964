internal import JSONLD
internal import ROCrate

/// Every described input (`object`) of the run request has an `exampleOfWork` referencing a `FormalParameter`.
///
/// Spec (5s 0.4, Inputs): "Each input MUST have a corresponding data entity, which SHOULD have a `exampleOfWork`
/// reference to a corresponding `FormalParameter`". Fix: add `exampleOfWork` and describe the FormalParameter.
struct RunInputsReferenceFormalParameters: Check {
    static let name = "runInputsReferenceFormalParameters"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var seen = Set<Int>()
        return crate.runActions.flatMap { action in
            action.values("object").compactMap { value -> Finding? in
                // Undescribed inputs are 5S-RUN-06's finding.
                guard let input = RunRequestSupport.describedEntity(value, in: crate), seen.insert(input.index).inserted
                else { return nil }
                let linked = input.references("exampleOfWork").contains { crate.isEntity($0, ofType: "FormalParameter") }
                guard !linked else { return nil }
                return Finding(
                    entity: input.label,
                    property: "exampleOfWork",
                    pointer: input.has("exampleOfWork") ? input.pointer.appending("exampleOfWork") : input.pointer,
                    message: "the input `\(input.label)` of the run request `\(action.label)` has no exampleOfWork referencing a FormalParameter"
                )
            }
        }
    }
}
