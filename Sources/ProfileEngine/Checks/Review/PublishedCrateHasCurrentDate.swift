internal import FiveSafesDiagnostics
internal import JSONLD
internal import ROCrate

/// A published crate has a `datePublished`, no earlier than the last recorded action.
///
/// Spec (5s 0.4, Publishing phase): "The root data entity's `datePublished` SHOULD be updated to the time the
/// manifest is last written." Published means the root has a `publisher`; the time is compared only once the
/// crate has been through disclosure or publishing (an ended DisclosureCheck or a GenerateCheckValue action),
/// and only when `datePublished` is a full RFC 3339 timestamp. Fix: set `datePublished` when writing the
/// manifests, e.g. `"2026-11-25T12:00:00Z"`.
struct PublishedCrateHasCurrentDate: Check {
    static let name = "publishedCrateHasCurrentDate"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root, root.has("publisher") else { return [] }
        guard root.has("datePublished") else {
            return [
                Finding(
                    entity: root.label, property: "datePublished", pointer: root.pointer,
                    message: "the root `\(root.label)` names a publisher but has no datePublished")
            ]
        }
        let published =
            !crate.actions(in: .generateCheckValue).isEmpty
            || crate.actions(in: .disclosureCheck).contains { crate.actionStatus(of: $0)?.hasEnded ?? false }
        guard context.phase == .result, published, let text = root.string("datePublished"),
            let date = ReviewTime.instant(text)
        else { return [] }
        let times = crate.entities.filter { ReviewGraph.isAction($0, in: crate) && crate.actionStatus(of: $0) != .potential }
            .flatMap { action in
                ["startTime", "endTime"].compactMap { ReviewTime.time(action, $0).map { (action.label, $0) } }
            }
        guard let latest = times.max(by: { $0.1 < $1.1 }), latest.1 > date else { return [] }
        return [
            Finding(
                entity: root.label, property: "datePublished", pointer: root.pointer.appending("datePublished"),
                message:
                    "the datePublished `\(text)` of the published crate is earlier than the last time recorded on `\(latest.0)`; update it when the manifests are written"
            )
        ]
    }
}
