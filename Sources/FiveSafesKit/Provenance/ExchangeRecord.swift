public import ROCrate

/// What `provenance add send` / `receive` did.
public struct ExchangeRecord: Sendable {
    /// The process's absolute `@id`.
    public var actionID: String
    /// Dispatch or delivery.
    public var kind: ExchangeRequest.Kind
    /// The status recorded.
    public var status: ActionStatus
    /// The metadata file written.
    public var metadataPath: String
    /// Remarks for the user (a snapshot referenced by IRI only, stale manifests).
    public var notes: [String]
}
