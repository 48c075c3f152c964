internal import JSONLD
internal import ROCrate

/// A snapshot an exchange transferred was published no later than the exchange ended.
///
/// Spec (5s 1.0-WD, Transferred Snapshots): "The snapshot's `datePublished` MUST NOT be later than the exchange's
/// `endTime`." A referenced snapshot is a described `Dataset` with a JSON integer `version` (Referencing Another
/// RO-Crate copies it); times without a zone or unreadable are left to the date rules.
struct TransferredSnapshotsWerePublished: Check {
    static let name = "transferredSnapshotsWerePublished"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let exchanges = [ActivityRecordTerms.send, ActivityRecordTerms.receive].flatMap { crate.entities(ofType: $0) }
        return exchanges.flatMap { exchange -> [Finding] in
            guard let ended = LifecycleTime.time(exchange, "endTime") else { return [] }
            return exchange.references("object").compactMap { id in
                guard let snapshot = crate.entity(id), crate.hasType(snapshot, "Dataset"),
                    snapshot.values("version").contains(where: { if case .number = $0.value { true } else { false } }),
                    let published = LifecycleTime.time(snapshot, "datePublished"), published > ended
                else { return nil }
                return Finding(
                    entity: exchange.label, property: "object", pointer: exchange.pointer.appending("object"),
                    message:
                        "the snapshot `\(id)` was published (\(snapshot.string("datePublished") ?? "")) after the exchange `\(exchange.label)` ended (\(exchange.string("endTime") ?? ""))"
                )
            }
        }
    }
}
