public import Foundation
internal import JSONLD
public import ROCrate

/// Records the TRE's review phases in a crate: the use case behind `fivesafes provenance add`.
///
/// Each phase writes exactly the entities and links of the catalogue's per-phase action model (3.2), after the
/// lifecycle state machine (``Lifecycle``) has allowed the move. The clock and the identifier source are
/// injected, so tests can fix both.
public struct ProvenanceRecorder: Sendable {
    /// Now.
    public var clock: @Sendable () -> Date
    /// New UUIDs for action `@id`s (`#check-<uuid>`).
    public var makeID: @Sendable () -> UUID
    /// How messages and notes name a request's setting (default: its name, e.g. `toolURL`); the CLI gives its flags.
    public var settingName: @Sendable (ProvenanceRequest.Setting) -> String = { $0.rawValue }
    /// How notes and messages name a command to run next (default: in words); the CLI gives its command lines.
    public var commandLine: @Sendable (CommandHint) -> String = { $0.description }

    /// Creates a recorder.
    public init(clock: @escaping @Sendable () -> Date = { Date() }, makeID: @escaping @Sendable () -> UUID = { UUID() }) {
        self.clock = clock
        self.makeID = makeID
    }

    /// Why nothing was recorded.
    public enum Failure: Error, Sendable {
        /// The lifecycle forbids the move (and `force` was not given).
        case refused(LifecycleRefusal)
        /// A tool-level failure (unreadable crate, bad option, write failure).
        case failure(FiveSafesError)
    }

    /// Records one phase action in the crate at `path` (crate folder or bag folder) and writes it back atomically.
    public func record(_ request: ProvenanceRequest, in path: String) throws(Failure) -> ProvenanceRecord {
        do {
            let target = try ProvenanceTarget(path)
            let bytes = try target.readMetadata()
            let crate = try ProvenanceTarget.parse(bytes, path: target.metadataPath)
            try checkTimes(request)
            if Self.isActivityRecord(crate) { return try recordActivity(request, crate: crate, bytes: bytes, target: target) }
            let existing = existingAction(for: request, in: crate)
            let move = LifecycleMove(
                phase: request.phase, status: request.status, updating: existing,
                addsOutputs: !request.results.isEmpty && [.execute, .publish].contains(request.phase))
            var overridden: [LifecycleRefusal] = []
            if let refusal = Lifecycle.refusal(for: move, in: crate, newAction: settingName(.newAction)) {
                guard request.force else { throw Failure.refused(refusal) }
                overridden.append(refusal)
            }
            var draft = try ProvenanceDraft(crate: crate, bytes: bytes)
            var notes: [String] = []
            let id = try write(request, existing: existing, into: &draft, target: target, notes: &notes)
            let edited = draft.bytes()
            let after = try ProvenanceTarget.parse(edited, path: target.metadataPath)
            for refusal in orderBreaches(of: id, before: crate, after: after) {
                guard request.force else { throw Failure.refused(refusal) }
                overridden.append(refusal)
            }
            if let warning = try SignedBag.checkChange(
                of: target.bagRoot, "recording the \(request.phase.rawValue) phase", force: request.force)
            {
                notes.append(warning)
            }
            try target.writeMetadata(edited)
            if let note = try CratePreview.refresh(target.crateRoot, inside: target.bagRoot ?? target.crateRoot).note { notes.append(note) }
            var refreshed = false
            if let bag = target.bagRoot {
                if request.phase == .publish {
                    // The signatures were asked about above, before anything was written.
                    _ = try BagMaintenance().refresh(bag, jobs: nil, force: true)
                    refreshed = true
                } else {
                    notes.append(
                        "the bag's manifests are now stale; `provenance add publish` (or `\(commandLine(.refreshBag(nil)))`) regenerates them"
                    )
                }
            }
            return ProvenanceRecord(
                actionID: id, phase: request.phase, status: request.status, updated: existing != nil,
                overridden: overridden, metadataPath: target.metadataPath, refreshedBag: refreshed, notes: notes)
        } catch let failure as Failure {
            throw failure
        } catch let error as FiveSafesError {
            throw .failure(error)
        } catch {
            throw .failure(FiveSafesError(.writeFailure, "\(error)"))
        }
    }

    /// The action updated in place: the run for execution, else the phase's latest action (unless a new one is asked for).
    func existingAction(for request: ProvenanceRequest, in crate: Crate) -> Entity? {
        if request.phase == .execute { return crate.runActions.first }
        guard !request.newAction else { return nil }
        return request.phase.actions(in: crate).last
    }

    /// Order breaches the edit introduced that involve the recorded action.
    func orderBreaches(of id: String, before: Crate, after: Crate) -> [LifecycleRefusal] {
        let old = Set(Lifecycle.violations(in: before).map { "\($0.rule) \($0.earlier.label) \($0.later.label)" })
        return Lifecycle.violations(in: after).filter { violation in
            (violation.earlier.label == id || violation.later.label == id)
                && !old.contains("\(violation.rule) \(violation.earlier.label) \(violation.later.label)")
        }.map { violation in
            let earlier = LifecyclePhase.phase(of: violation.earlier, in: after)?.title.lowercased() ?? "action"
            let later = LifecyclePhase.phase(of: violation.later, in: after)?.title.lowercased() ?? "action"
            return LifecycleRefusal(
                rule: violation.rule,
                message: "the \(earlier) `\(violation.earlier.label)` would end after the \(later) `\(violation.later.label)` began")
        }
    }

    func checkTimes(_ request: ProvenanceRequest) throws(FiveSafesError) {
        for (setting, value) in [(ProvenanceRequest.Setting.start, request.start), (.end, request.end)] {
            guard let value else { continue }
            guard LifecycleTime.instant(value) != nil else {
                throw FiveSafesError(
                    .usage, "\(settingName(setting)) \(value) is not an ISO 8601 / RFC 3339 time with a zone, e.g. 2026-11-24T15:00:00Z")
            }
        }
    }

    /// Now, as an RFC 3339 UTC timestamp.
    func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: clock())
    }
}
