internal import JSONLD
internal import ROCrate

/// A result crate records its validation (a ValidationCheck AssessAction the root mentions).
///
/// Spec (5s 0.4, Validation phase): "A crate that has been validated … SHOULD _mention_ an _AssessAction_ …
/// and an `additionalType` referring to `https://w3id.org/shp#ValidationCheck`". Not expected of request
/// crates (catalogue D11). Fix: add the ValidationCheck AssessAction and list it in the root's `mentions`.
struct ValidationCheckIsRecorded: Check {
    static let name = "validationCheckIsRecorded"

    func evaluate(in context: CheckContext) -> [Finding] {
        ReviewGraph.presenceFindings(
            of: .validationCheck, in: context.crate,
            missing: "the crate records no validation phase (no action with additionalType shp:ValidationCheck)",
            unmentioned: "no action with additionalType shp:ValidationCheck is listed in the root's mentions"
        )
    }
}
