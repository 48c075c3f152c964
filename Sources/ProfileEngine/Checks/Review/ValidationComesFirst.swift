internal import JSONLD
internal import ROCrate

/// Validation ends before the workflow is retrieved, signed off, run or disclosed.
///
/// Spec (5s 0.4, Review process): "It is RECOMMENDED that the first step after authentication is a syntactic
/// validation step". Only the recorded order is checkable: a ValidationCheck that ends after a later phase
/// began. Fix: validate the crate before retrieval, sign-off and execution, and record the real times.
struct ValidationComesFirst: Check {
    static let name = "validationComesFirst"

    func evaluate(in context: CheckContext) -> [Finding] {
        ReviewOrder.findings(rule: Lifecycle.Rule.validationFirst, in: context.crate) { validation, other in
            "the validation `\(validation)` ends after `\(other)` began; validation is the first step after the check"
        }
    }
}
