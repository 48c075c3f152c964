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

    /// What a run did.
    public struct Outcome: Sendable {
        /// The review actions removed (or that would be), in graph order.
        public var removed: [Removal]
        /// Entities only the removed actions referred to (their agents, instruments, results), removed with them
        /// so nothing is left orphaned; in graph order.
        public var orphans: [Removal]
        /// The warning to print when `force` let a signed bag be changed.
        public var warning: String?
        /// Notes for the user (a preview fivesafes did not make, left as it is).
        public var notes: [String] = []
    }

    /// Creates the use case.
    public init() {}

    /// Removes every AssessAction, DownloadAction and SHP-typed action (never the run request), their root
    /// `mentions` (a one-item list left behind becomes a single reference) and the entities only they referred to,
    /// and writes the crate back atomically unless `dryRun`, with its preview (when it has one). A signed bag is
    /// refused unless `force` (the change would invalidate its signatures).
    public func sanitize(_ path: String, dryRun: Bool = false, force: Bool = false) throws(FiveSafesError) -> Outcome {
        let target = try ProvenanceTarget(path)
        let bytes = try target.readMetadata()
        let crate = try ProvenanceTarget.parse(bytes, path: target.metadataPath)
        // ROCrate's one recogniser, shared with `provenance show`, the lifecycle and the review rules.
        let actions = crate.reviewActions
        guard !actions.isEmpty else { return Outcome(removed: [], orphans: [], warning: nil) }
        let mentioned = Set(crate.root?.references("mentions") ?? [])
        let orphans = Self.orphans(of: actions, in: crate)
        var draft = try ProvenanceDraft(crate: crate, bytes: bytes)
        for entity in actions + orphans { draft.remove(entity) }
        if let rootID = crate.root?.id {
            draft.unlink(rootID, "mentions", from: Set(actions.compactMap(\.id)))
        }
        var warning: String?
        var notes: [String] = []
        if !dryRun {
            warning = try SignedBag.checkChange(of: target.bagRoot, "sanitizing", force: force)
            try target.writeMetadata(draft.bytes())
            notes += try CratePreview.refresh(target.crateRoot, inside: target.bagRoot ?? target.crateRoot).note.map { [$0] } ?? []
        }
        func removal(_ entity: Entity) -> Removal {
            Removal(
                id: entity.label, types: entity.types, name: entity.string("name"), wasMentioned: entity.id.map(mentioned.contains) ?? false
            )
        }
        return Outcome(removed: actions.map(removal), orphans: orphans.map(removal), warning: warning, notes: notes)
    }

    /// The entities that removing `actions` leaves unreferenced: referred to before, and only by removed entities
    /// (followed transitively: an agent only a removed action named, then its affiliation only that agent named).
    /// The root, the descriptor and entities nothing referred to in the first place are never touched.
    static func orphans(of actions: [Entity], in crate: Crate) -> [Entity] {
        var removed = Set(actions.map(\.index))
        let kept: Set<Int> = Set([crate.root?.index, crate.descriptor?.index].compactMap { $0 })
        var orphans: [Entity] = []
        var changed = true
        while changed {
            changed = false
            for entity in crate.entities where !removed.contains(entity.index) && !kept.contains(entity.index) {
                guard let id = entity.id else { continue }
                let referrers = crate.references(to: id).map { crate.entity(at: $0).index }.filter { $0 != entity.index }
                guard !referrers.isEmpty, referrers.allSatisfy(removed.contains) else { continue }
                removed.insert(entity.index)
                orphans.append(entity)
                changed = true
            }
        }
        return orphans.sorted { $0.index < $1.index }
    }
}
