internal import Foundation
internal import JSONLD
internal import ROCrate

/// `provenance add` on a Five Safes 1.0 working record (1.0 Working Draft, Processes), where the 0.4 review model
/// does not apply:
///
/// - `sign-off` is a decision: an `AuthorizeAction` (`--status completed`, approved) or a `RejectAction`
///   (`--status failed`, refused), both with `CompletedActionStatus` (1.0, Status: "refusal and withdrawal are
///   completed `RejectAction` and `CancelAction` processes"), the latest `AskAction`'s plan as the only `object`
///   and that `AskAction` under `prov:wasInformedBy` (Decision Subjects and Provenance). A decision is recorded
///   once made, so `--status active` is refused.
/// - `execute` is an execution attempt: a `CreateAction` linked to the plan through a `prov:Association`
///   (`prov:agent`, `prov:hadPlan`), kept in place from active to completed or failed; an ended attempt is never
///   changed again, so another `execute` records a new attempt (Requests, Plans, and Execution: "a retry MUST be
///   a new `Action`").
/// - `check`, `validate` and `disclose` are `AssessAction`s that decide nothing themselves (Kinds of Process), with
///   the SHP phase term as `additionalType` (for `disclose`, the draft's own DPV `RiskAssessment`: 0.4's
///   `shp:DisclosureCheck` carried the release decision, which 5S-DEC-02 forbids), on the root data entity.
/// - `retrieve` and `publish` have no 1.0 counterpart and are refused (`provenance snapshot` publishes).
///
/// Every process is also `prov:Activity`, has an absolute `@id` (`<record>/decisions/<uuid>` and the like when
/// the activity record's IRI is http(s), else a UUID URN), `actionStatus` as `{"@id": …}`, and `provider` (`--tre`,
/// else the organisation the request was submitted to). `PotentialActionStatus` is refused (5S-DEC-01). The
/// root's `dateModified` becomes now: the working record has changed since creation (Representation Dates).
///
/// Silent in the draft: how a disclosure check's outcome becomes a release decision (its Output Checking module
/// does that; only the check is recorded here), and what a decision's `name` says (the 0.4 wording is kept).
extension ProvenanceRecorder {
    /// The 1.0 core profile IRI.
    static let profile10 = "https://w3id.org/5s-crate/1.0"

    /// Whether the crate declares Five Safes 1.0 (an activity record), so the 1.0 process model applies.
    static func isActivityRecord(_ crate: Crate) -> Bool {
        let root = crate.root
        return ((root?.references("conformsTo") ?? []) + (root?.strings("conformsTo") ?? [])).contains(profile10)
    }

    /// Records one process in a 1.0 working record and writes it back.
    func recordActivity(
        _ request: ProvenanceRequest, crate: Crate, bytes: [UInt8], target: ProvenanceTarget
    ) throws(FiveSafesError) -> ProvenanceRecord {
        guard let root = crate.root, let rootID = root.id else {
            throw FiveSafesError(.unreadableInput, "the crate has no root data entity", path: target.metadataPath)
        }
        if root.has("version") {
            throw FiveSafesError(
                .unreadableInput,
                "is a snapshot (it has a version); a published snapshot MUST NOT be changed (1.0, Snapshot Requirements): record in the working record",
                path: target.metadataPath)
        }
        guard request.status != .potential else {
            throw FiveSafesError(
                .usage,
                "PotentialActionStatus MUST NOT be used in a Five Safes 1.0 record (5S-DEC-01): record the process once it has begun (\(settingName(.status)) active) or ended"
            )
        }
        var draft = try ProvenanceDraft(crate: crate, bytes: bytes)
        var notes: [String] = []
        let existing: Entity?
        let id: String
        switch request.phase {
        case .signOff:
            existing = nil
            id = try writeDecision(request, crate: crate, into: &draft)
        case .execute:
            existing = latestOpen(crate.entities(ofType: "CreateAction").filter { $0.has("prov:qualifiedAssociation") }, request, in: crate)
            id = try writeAttempt(request, existing: existing, crate: crate, into: &draft, target: target, notes: &notes)
        case .check, .validate, .disclose:
            existing = latestOpen(request.phase.actions(in: crate), request, in: crate)
            id = try writeAssessment(request, existing: existing, crate: crate, into: &draft)
        case .retrieve, .publish:
            throw FiveSafesError(
                .usage,
                "a Five Safes 1.0 record has no \(request.phase.rawValue) phase (1.0 Working Draft, Kinds of Process)"
                    + (request.phase == .publish ? "; publish a fixed snapshot with `fivesafes provenance snapshot`" : ""))
        }
        draft.link(rootID, "mentions", to: id)
        draft.update(rootID) { $0.set("dateModified", .string(now())) }
        notes += try writeRecord(draft, to: target, recording: "the \(request.phase.rawValue) phase", force: request.force)
        return ProvenanceRecord(
            actionID: id, phase: request.phase, status: request.status, updated: existing != nil, overridden: [],
            metadataPath: target.metadataPath, refreshedBag: false, notes: notes)
    }

    /// Writes a 1.0 record back (asking first when the bag is signed), refreshes its preview, and returns the notes
    /// for the user (a signature that no longer holds, the preview, stale manifests).
    func writeRecord(_ draft: ProvenanceDraft, to target: ProvenanceTarget, recording what: String, force: Bool) throws(FiveSafesError)
        -> [String]
    {
        var notes: [String] = []
        if let warning = try SignedBag.checkChange(of: target.bagRoot, "recording \(what)", force: force) { notes.append(warning) }
        try target.writeMetadata(draft.bytes())
        if let note = try CratePreview.refresh(target.crateRoot, inside: target.bagRoot ?? target.crateRoot).note { notes.append(note) }
        if target.bagRoot != nil {
            notes.append("the bag's manifests are now stale; `\(commandLine(.refreshBag(nil)))` regenerates them")
        }
        return notes
    }

    /// The latest action of a kind that is still active (kept in place as it ends), unless a new one is asked for.
    private func latestOpen(_ actions: [Entity], _ request: ProvenanceRequest, in crate: Crate) -> Entity? {
        guard !request.newAction, let last = actions.last, crate.actionStatus(of: last) == .active else { return nil }
        return last
    }

    /// An absolute `@id` for a new process: under the activity record's http(s) IRI, else a UUID URN.
    func processID(_ kind: String, in crate: Crate) -> String {
        let uuid = makeID().uuidString.lowercased()
        guard let record = crate.root?.references("dct:isVersionOf").first, Self.isWeb(record) else { return "urn:uuid:\(uuid)" }
        return (record.hasSuffix("/") ? record : record + "/") + "\(kind)/\(uuid)"
    }

    /// The latest request (`AskAction`) and its plan.
    private func request(in crate: Crate) throws(FiveSafesError) -> (ask: String, plan: String, recipient: String?) {
        guard let ask = crate.entities(ofType: "AskAction").last, let askID = ask.id, let plan = ask.references("object").first else {
            throw FiveSafesError(
                .unreadableInput,
                "the record has no request (an AskAction with its plan as object) to decide on or execute; `\(commandLine(.initVersion10))` records one"
            )
        }
        return (askID, plan, ask.references("recipient").first)
    }

    /// The common members of a new process.
    func process(
        _ type: String, id: String, request: ProvenanceRequest, agent: String, provider: String?, into draft: inout ProvenanceDraft
    ) throws(FiveSafesError) -> JSONObject {
        guard CrateInitializer.Identifiers.isIRI(agent) else {
            throw FiveSafesError(
                .usage, "\(settingName(.agent)) \(agent) is not an absolute IRI (1.0: people and organisations have absolute IRIs)")
        }
        ensureAgent(request, agent, into: &draft)
        var object = JSONObject.ordered([
            ("@id", .string(id)), ("@type", .list([.string(type), .string("prov:Activity")])),
            ("agent", .reference(agent)),
        ])
        if let provider = request.tre ?? provider { object.set("provider", .reference(provider)) }
        return object
    }

    /// Status and times: `endTime` only once ended (1.0, Status), `startTime` when given or when it begins now.
    func setStatus(_ status: ActionStatus, of object: inout JSONObject, request: ProvenanceRequest) {
        if let start = request.start ?? object["startTime"]?.value.stringValue ?? (status == .active ? now() : nil) {
            object.set("startTime", .string(start))
        }
        if status.hasEnded { object.set("endTime", .string(request.end ?? now())) } else { object.remove("endTime") }
        object.set("actionStatus", .reference(status.rawValue))
    }

    private func writeDecision(_ request: ProvenanceRequest, crate: Crate, into draft: inout ProvenanceDraft) throws(FiveSafesError)
        -> String
    {
        guard request.status.hasEnded else {
            throw FiveSafesError(
                .usage,
                "a 1.0 decision is recorded once made: \(settingName(.status)) completed (AuthorizeAction) or failed (RejectAction), not \(request.status.shortName)"
            )
        }
        guard let agent = request.agent else {
            throw FiveSafesError(.usage, "\(settingName(.agent)) is required to record a decision (who decided?)")
        }
        let asked = try self.request(in: crate)
        let approved = request.status == .completed
        let id = processID("decisions", in: crate)
        var object = try process(
            approved ? "AuthorizeAction" : "RejectAction", id: id, request: request, agent: agent, provider: asked.recipient, into: &draft)
        object.set("name", .string(request.name ?? Self.defaultName(.signOff, request.status)))
        if let note = request.note { object.set("description", .string(note)) }
        object.set("object", .reference(asked.plan))
        object.set("prov:wasInformedBy", .reference(asked.ask))
        if let instrument = request.instrument {
            object.set("instrument", .reference(instrument))
            ensureInstrument(instrument, phase: .signOff, name: request.instrumentName, into: &draft)
        }
        setStatus(.completed, of: &object, request: request)
        draft.put(object)
        return id
    }

    private func writeAttempt(
        _ request: ProvenanceRequest, existing: Entity?, crate: Crate, into draft: inout ProvenanceDraft, target: ProvenanceTarget,
        notes: inout [String]
    ) throws(FiveSafesError) -> String {
        let asked = try self.request(in: crate)
        var object: JSONObject
        let id: String
        if let existing, let existingID = existing.id, let current = draft.object(existingID) {
            (id, object) = (existingID, current)
        } else {
            let performer = request.agent ?? crate.entity(asked.ask)?.references("agent").first
            guard let performer else {
                throw FiveSafesError(.usage, "\(settingName(.agent)) is required to record an execution (who ran it?)")
            }
            id = processID("runs", in: crate)
            object = try process("CreateAction", id: id, request: request, agent: performer, provider: asked.recipient, into: &draft)
            object.set("name", .string(request.name ?? "Execution of \(crate.entity(asked.plan)?.string("name") ?? asked.plan)"))
            let association = "urn:uuid:\(makeID().uuidString.lowercased())"
            draft.put(
                .ordered([
                    ("@id", .string(association)), ("@type", .string("prov:Association")), ("prov:agent", .reference(performer)),
                    ("prov:hadPlan", .reference(asked.plan)),
                ]))
            object.set("prov:qualifiedAssociation", .reference(association))
            if let instrument = request.instrument
                ?? crate.entity(asked.plan)?.references("mentions").first(where: {
                    crate.entity($0).map { crate.hasType($0, "Dataset") && crate.conformsToWorkflowROCrate($0) } ?? false
                })
            {
                object.set("instrument", .reference(instrument))
            }
            if existing == nil, let previous = crate.entities(ofType: "CreateAction").last(where: { $0.has("prov:qualifiedAssociation") }) {
                notes.append("recorded a new execution attempt; \(previous.label) has ended and stays as it is (a retry is a new Action)")
            }
        }
        if let note = request.note { object.set("description", .string(note)) }
        setStatus(request.status, of: &object, request: request)
        guard let rootID = crate.root?.id else { return id }
        for path in request.results {
            let output = try describeResult(path, into: &draft, target: target)
            ProvenanceDraft.addReference(output, to: "result", in: &object)
            draft.link(rootID, "hasPart", to: output)
        }
        draft.put(object)
        return id
    }

    private func writeAssessment(
        _ request: ProvenanceRequest, existing: Entity?, crate: Crate, into draft: inout ProvenanceDraft
    ) throws(FiveSafesError) -> String {
        var object: JSONObject
        let id: String
        if let existing, let existingID = existing.id, let current = draft.object(existingID) {
            (id, object) = (existingID, current)
            if let agent = request.agent { object.set("agent", .reference(agent)) }
        } else {
            guard let agent = request.agent else {
                throw FiveSafesError(
                    .usage, "\(settingName(.agent)) is required to record a new \(request.phase.rawValue) action (who performed it?)")
            }
            let recipient = crate.entities(ofType: "AskAction").last?.references("recipient").first
            id = processID("checks", in: crate)
            object = try process("AssessAction", id: id, request: request, agent: agent, provider: recipient, into: &draft)
            if request.phase == .disclose {
                object.set("additionalType", .reference(ActivityRecordTerms.riskAssessment))
            } else if let term = request.phase.reviewActionType {
                object.set("additionalType", .reference(term.rawValue))
            }
            object.set("object", .reference(crate.root?.id ?? "./"))
        }
        let outcome = request.status == .active ? "in progress" : request.status.shortName
        object.set("name", .string(request.name ?? "\(request.phase.title) check: \(outcome)"))
        if let note = request.note { object.set("description", .string(note)) }
        if let instrument = request.instrument ?? (request.phase == .validate ? Self.profile10 : nil) {
            object.set("instrument", .reference(instrument))
            ensureInstrument(instrument, phase: request.phase, name: request.instrumentName, into: &draft)
        }
        setStatus(request.status, of: &object, request: request)
        draft.put(object)
        return id
    }
}
