internal import JSONLD
internal import ROCrate

/// Removes client-supplied review-phase actions from an incoming request: the use case behind
/// `fivesafes provenance sanitize` (spec 5S-SEC-05: a TRE must not trust assessments a client wrote).
public struct ProvenanceSanitizer: Sendable {
    /// One removed action.
    public struct Removal: Sendable, Equatable {
        /// Its `@id` (or graph position).
        public let id: String
        /// Its `@type`s.
        public let types: [String]
        /// Its `name`.
        public let name: String?
        /// Whether the root listed it in `mentions` (that mention was removed too).
        public let wasMentioned: Bool
    }

    /// Creates the use case.
    public init() {}

    /// Removes every AssessAction, DownloadAction and SHP-typed action (never the run request) and their root
    /// `mentions`, and writes the crate back atomically unless `dryRun`.
    ///
    /// - Returns: what was (or would be) removed, in graph order.
    public func sanitize(_ path: String, dryRun: Bool = false) throws(FiveSafesError) -> [Removal] {
        let target = try ProvenanceTarget(path)
        let bytes = try target.readMetadata()
        let crate = try ProvenanceTarget.parse(bytes, path: target.metadataPath)
        // ROCrate's one recogniser, shared with `provenance show`, the lifecycle and the review rules.
        let actions = crate.reviewActions
        guard !actions.isEmpty else { return [] }
        let mentioned = Set(crate.root?.references("mentions") ?? [])
        var draft = try ProvenanceDraft(crate: crate, bytes: bytes)
        for action in actions { draft.remove(action) }
        if let rootID = crate.root?.id {
            draft.unlink(rootID, "mentions", from: Set(actions.compactMap(\.id)))
        }
        if !dryRun { try target.writeMetadata(draft.bytes()) }
        return actions.map { action in
            Removal(id: action.label, types: action.types, name: action.string("name"), wasMentioned: action.id.map(mentioned.contains) ?? false)
        }
    }
}
