internal import JSONLD
internal import ROCrate

/// A receipt linked to a dispatch described here did not end before the dispatch started.
///
/// Spec (5s 1.0-WD, Correlating Dispatch and Receipt): "The `SendAction`'s `startTime` MUST NOT be later than the
/// `ReceiveAction`'s `endTime`." Checked where the `ReceiveAction`'s `prov:wasInformedBy` names a `SendAction`
/// described in this crate and both times are readable; the draft warns that services' local times may make them
/// appear out of sequence, so compare times with zones.
struct ReceiptsDoNotPrecedeDispatch: Check {
    static let name = "receiptsDoNotPrecedeDispatch"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.entities(ofType: ActivityRecordTerms.receive).flatMap { receipt -> [Finding] in
            guard let received = LifecycleTime.time(receipt, "endTime") else { return [] }
            return receipt.references(ActivityRecordTerms.wasInformedBy).compactMap { id in
                guard let dispatch = crate.entity(id), crate.hasType(dispatch, ActivityRecordTerms.send),
                    let sent = LifecycleTime.time(dispatch, "startTime"), sent > received
                else { return nil }
                return Finding(
                    entity: receipt.label, property: "endTime", pointer: receipt.pointer.appending("endTime"),
                    message:
                        "the receipt `\(receipt.label)` ended (\(receipt.string("endTime") ?? "")) before its dispatch `\(id)` started (\(dispatch.string("startTime") ?? ""))"
                )
            }
        }
    }
}
