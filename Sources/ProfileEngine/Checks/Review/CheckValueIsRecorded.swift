internal import JSONLD
internal import ROCrate

/// A result crate records its check phase (a CheckValue AssessAction the root mentions).
///
/// Spec (5s 0.4, Check phase): "the content of a submitted crate SHOULD be checked for integrity and
/// completeness". Not expected of request crates (catalogue D11). Fix: add the CheckValue AssessAction and
/// list it in the root's `mentions`.
struct CheckValueIsRecorded: Check {
    static let name = "checkValueIsRecorded"

    func evaluate(in context: CheckContext) -> [Finding] {
        ReviewGraph.presenceFindings(
            of: .checkValue, in: context.crate,
            missing: "the crate records no check phase (no action with additionalType shp:CheckValue)",
            unmentioned: "no action with additionalType shp:CheckValue is listed in the root's mentions"
        )
    }
}
