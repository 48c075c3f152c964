public import ROCrate

/// What `provenance add send` / `provenance add receive` is asked to record in a Five Safes 1.0 working record: one
/// observed or attested transfer of an asset (1.0 Working Draft, Exchange Processes).
public struct ExchangeRequest: Sendable {
    /// Dispatch or delivery.
    public enum Kind: String, Sendable, CaseIterable {
        /// A `SendAction`: the asset left the recording party for `recipient`.
        case send
        /// A `ReceiveAction`: the asset arrived from `sender`.
        case receive

        /// The schema.org type of the process.
        var actionType: String { self == .send ? "SendAction" : "ReceiveAction" }
        /// The property naming the other party.
        var partyProperty: String { self == .send ? "recipient" : "sender" }
    }

    /// Dispatch or delivery.
    public var kind: Kind
    /// The asset transferred: an absolute IRI, or a snapshot folder (or its metadata file) whose canonical
    /// `identifier`, `version`, `dct:isVersionOf` and `datePublished` the reference copies.
    public var object: String
    /// The other party's `@id` (`recipient` of a send, `sender` of a receive): a `Person` or `Organization`.
    public var party: String
    /// The other party's name, for a new `Organization` entity.
    public var partyName: String?
    /// The `SendAction` a receipt resulted from (`prov:wasInformedBy`, an absolute IRI), when observed or attested.
    public var informedBy: String?
    /// Who, what and when, as for the review phases: `agent` (default: `tre`, else the organisation the request
    /// went to), `tre`, times, `name`, `note`, `force` (a signed bag), `status` (active or ended).
    public var details: ProvenanceRequest

    /// Creates a request with the given status (`completed`, `failed` or `active`).
    public init(kind: Kind, object: String, party: String, status: ActionStatus = .completed) {
        self.kind = kind
        self.object = object
        self.party = party
        // The exchange is not a review phase; `details` only carries the settings the phases share.
        details = ProvenanceRequest(phase: .execute, status: status)
    }
}
