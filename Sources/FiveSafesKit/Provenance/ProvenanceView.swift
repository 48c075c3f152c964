public import ROCrate

/// What `provenance show` reads from a crate: a 0.4/0.5 crate's review lifecycle, or a Five Safes 1.0 record's
/// processes.
///
/// 1.0 has no review lifecycle (check → … → publish): decisions are `AuthorizeAction`/`RejectAction`, exchanges
/// `SendAction`/`ReceiveAction`, so the lifecycle's gaps ("no sign-off") would be false. A 1.0 record is shown as
/// `inspect` reads it (``CrateSummary/Record``): the processes the root mentions, in the order listed.
public enum ProvenanceView: Sendable {
    /// A 0.4 or 0.5 crate: the phase actions with gaps and anomalies.
    case lifecycle(LifecycleTimeline)
    /// A 1.0 working record or snapshot.
    case activityRecord(CrateSummary.Record)

    /// The view of the crate at `path` (a crate folder, metadata file, bag or ZIP).
    public init(crateAt path: String) throws(FiveSafesError) {
        let crate = try ProvenanceTarget(path).load()
        if let record = CrateSummary.record(in: crate) {
            self = .activityRecord(record)
        } else {
            self = .lifecycle(LifecycleTimeline(crate))
        }
    }
}
