internal import JSONLD
internal import ROCrate

/// Every `result` (output) of the run request references an entity of the graph that has a `@type`.
///
/// Spec (5s 0.4, Outputs): "Output entities MUST be described as in the Workflow Run Crate profile". Fix: make each
/// `result` value an `{"@id"}` reference and describe that entity (a `File`, a `Dataset` …).
struct RunResultsAreDescribedEntities: Check {
    static let name = "runResultsAreDescribedEntities"

    func evaluate(in context: CheckContext) -> [Finding] {
        RunRequestSupport.undescribedValueFindings(of: "result", in: context.crate)
    }
}
