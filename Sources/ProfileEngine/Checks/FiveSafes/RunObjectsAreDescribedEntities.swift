internal import JSONLD
internal import ROCrate

/// Every `object` (input) of the run request references an entity of the graph that has a `@type`.
///
/// Spec (5s 0.4, Inputs): "Each input MUST have a corresponding data entity". Fix: make each `object` value an
/// `{"@id"}` reference and describe that entity (a `File`, a `PropertyValue` …).
struct RunObjectsAreDescribedEntities: Check {
    static let name = "runObjectsAreDescribedEntities"

    func evaluate(in context: CheckContext) -> [Finding] {
        RunRequestSupport.undescribedValueFindings(of: "object", in: context.crate)
    }
}
