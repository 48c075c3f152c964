internal import JSONLD
internal import ROCrate

/// The checksum check ends before any further phase begins.
///
/// Spec (5s 0.4, Check phase): "Before any further processing, the content of a submitted crate SHOULD be
/// checked for integrity and completeness against the BagIt payload manifest and tag manifest". Verifying the
/// manifests themselves is the BagIt layer's job; this row checks the recorded order. Fix: run the check first
/// and record its real `endTime`.
struct CheckPhaseComesFirst: Check {
    static let name = "checkPhaseComesFirst"

    func evaluate(in context: CheckContext) -> [Finding] {
        ReviewOrder.findings(rule: Lifecycle.Rule.checkFirst, in: context.crate) { check, other in
            "the checksum check `\(check)` ends after `\(other)` began; the check phase comes before any further processing"
        }
    }
}
