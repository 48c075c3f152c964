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
        // Undescribed inputs are 5S-RUN-06's finding.
        return context.describedRunValues(of: "object").compactMap { action, input -> Finding? in
            let linked = input.references("exampleOfWork").contains { crate.isEntity($0, ofType: "FormalParameter") }
            guard !linked else { return nil }
            return Finding(
                entity: input.label,
                property: "exampleOfWork",
                pointer: input.has("exampleOfWork") ? input.pointer.appending("exampleOfWork") : input.pointer,
                message:
                    "the input `\(input.label)` of the run request `\(action.label)` has no exampleOfWork referencing a FormalParameter"
            )
        }
    }
}
