internal import Foundation
internal import JSONLD
internal import ROCrate

/// The entities each phase writes (catalogue 3.2).
extension ProvenanceRecorder {
    /// The IRI of the SHA-512 checksum algorithm `DefinedTerm`.
    static let sha512 = "https://www.iana.org/assignments/named-information#sha-512"
    /// The Provenance Run Crate profile a finished run's crate follows (5S-EXEC-03).
    static let provenanceProfile = "https://w3id.org/ro/wfrun/provenance/0.2"

    /// Writes the request's entities into the draft and returns the action's `@id`.
    func write(
        _ request: ProvenanceRequest, existing: Entity?, into draft: inout ProvenanceDraft, target: ProvenanceTarget,
        notes: inout [String]
    ) throws(FiveSafesError) -> String {
        guard let rootID = draft.crate.root?.id else {
            throw FiveSafesError(.unreadableInput, "the crate has no root data entity", path: target.metadataPath)
        }
        if request.phase == .execute {
            return try writeExecution(request, run: existing, rootID: rootID, into: &draft, target: target, notes: &notes)
        }
        let id = try writeReviewAction(request, existing: existing, rootID: rootID, into: &draft, target: target)
        if request.phase == .publish {
            try writePublishing(request, actionID: id, rootID: rootID, into: &draft, target: target, notes: &notes)
        }
        if request.phase == .disclose, let evidence = request.evidence {
            writeEvidence(evidence, actionID: id, into: &draft, notes: &notes)
        }
        return id
    }

    /// An AssessAction, the DownloadAction or the GenerateCheckValue UpdateAction, new or updated in place.
    func writeReviewAction(
        _ request: ProvenanceRequest, existing: Entity?, rootID: String, into draft: inout ProvenanceDraft, target: ProvenanceTarget
    ) throws(FiveSafesError) -> String {
        let phase = request.phase
        let id = existing?.id ?? "#\(Self.idPrefix(phase))-\(makeID().uuidString.lowercased())"
        var object = draft.object(id) ?? JSONObject()
        if object["@id"] == nil {
            object.set("@id", .string(id))
            object.set("@type", .string(phase == .retrieve ? "DownloadAction" : phase == .publish ? "UpdateAction" : "AssessAction"))
            if let term = phase.reviewActionType { object.set("additionalType", .reference(term.rawValue)) }
        }
        object.set("name", .string(request.name ?? Self.defaultName(phase, request.status)))
        if let note = request.note { object.set("description", .string(note)) }
        object.set("actionStatus", .string(request.status.rawValue))
        if object["object"] == nil { object.set("object", Self.assessed(phase, rootID: rootID, in: draft.crate)) }
        if phase == .retrieve, let folder = try retrievedFolder(request, download: object, into: &draft, target: target) {
            ProvenanceDraft.addReference(folder, to: "result", in: &object)
            draft.link(rootID, "hasPart", to: folder)
        }
        if let agent = request.agent {
            object.set("agent", .reference(agent))
            ensureAgent(request, agent, into: &draft)
        } else if object["agent"] == nil {
            throw FiveSafesError(.usage, "\(settingName(.agent)) is required to record a new \(phase.rawValue) action (who performed it?)")
        }
        let now = now()
        let start =
            phase == .publish
            ? request.start ?? now
            : request.start ?? object["startTime"]?.value.stringValue ?? (request.status.hasBegun ? now : nil)
        if let start { object.set("startTime", .string(start)) }
        if request.status.hasEnded, phase != .publish {
            object.set("endTime", .string(request.end ?? object["endTime"]?.value.stringValue ?? now))
        }
        if let instrument = request.instrument ?? object["instrument"]?.referenceID ?? Self.defaultInstrument(phase, in: draft.crate) {
            object.set("instrument", .reference(instrument))
            ensureInstrument(instrument, phase: phase, name: request.instrumentName, into: &draft)
        }
        draft.put(object)
        draft.link(rootID, "mentions", to: id)
        return id
    }

    /// The run CreateAction, updated for execution: status, times, results (also listed in the root's `hasPart`).
    func writeExecution(
        _ request: ProvenanceRequest, run: Entity?, rootID: String, into draft: inout ProvenanceDraft, target: ProvenanceTarget,
        notes: inout [String]
    ) throws(FiveSafesError) -> String {
        guard let run, let id = run.id, var object = draft.object(id) else {
            throw FiveSafesError(.unreadableInput, "the crate has no run CreateAction in the root's mentions", path: target.metadataPath)
        }
        object.set("actionStatus", .string(request.status.rawValue))
        if let note = request.note { object.set("description", .string(note)) }
        let now = now()
        if let start = request.start ?? object["startTime"]?.value.stringValue ?? (request.status.hasBegun ? now : nil) {
            object.set("startTime", .string(start))
        }
        if request.status.hasEnded {
            object.set("endTime", .string(request.end ?? object["endTime"]?.value.stringValue ?? now))
        }
        for path in request.results {
            let output = try describeResult(path, into: &draft, target: target)
            ProvenanceDraft.addReference(output, to: "result", in: &object)
            draft.link(rootID, "hasPart", to: output)
        }
        draft.put(object)
        if request.status.hasEnded {
            draft.link(rootID, "conformsTo", to: Self.provenanceProfile)
            draft.ensure(
                JSONObject.ordered([
                    ("@id", .string(Self.provenanceProfile)), ("@type", .list([.string("CreativeWork"), .string("Profile")])),
                    ("name", .string("Provenance Run Crate 0.2")), ("version", .string("0.2")),
                ]))
        }
        if request.agent != nil { notes.append("the run's agent stays the requesting person; \(settingName(.agent)) was not used") }
        return id
    }

    /// Publishing's housekeeping on the root: `datePublished`, `publisher`, every AssessAction mentioned, every
    /// run result in `hasPart`, extra results.
    func writePublishing(
        _ request: ProvenanceRequest, actionID: String, rootID: String, into draft: inout ProvenanceDraft, target: ProvenanceTarget,
        notes: inout [String]
    ) throws(FiveSafesError) {
        let published = draft.object(actionID)?["startTime"]?.value.stringValue ?? now()
        let crate = draft.crate
        draft.update(rootID) { root in root.set("datePublished", .string(published)) }
        if let tre = request.tre {
            draft.update(rootID) { root in root.set("publisher", .reference(tre)) }
        } else if crate.root?.has("publisher") != true {
            notes.append("the root has no publisher; give \(settingName(.tre)) ID to name the executing TRE (5S-PUB-02)")
        }
        let reviewed = crate.entities(ofType: "AssessAction") + crate.entities(ofType: "DownloadAction")
        for action in reviewed { if let id = action.id { draft.link(rootID, "mentions", to: id) } }
        for run in crate.runActions { for output in run.references("result") { draft.link(rootID, "hasPart", to: output) } }
        for path in request.results {
            draft.link(rootID, "hasPart", to: try describeResult(path, into: &draft, target: target))
        }
        if crate.root?.has("license") != true { notes.append("the root has no license for the outputs (5S-PUB-05)") }
    }

    static func idPrefix(_ phase: LifecyclePhase) -> String {
        switch phase {
        case .check: "check"
        case .validate: "validate"
        case .retrieve: "download"
        case .signOff: "signoff"
        case .execute: "query"
        case .disclose: "disclosure"
        case .publish: "bagit"
        }
    }

    /// The check and its outcome, as the spec's examples word them.
    static func defaultName(_ phase: LifecyclePhase, _ status: ActionStatus) -> String {
        let pending = status == .potential ? "pending" : "in progress"
        switch phase {
        case .check: return "BagIt checksum of Crate: " + (status == .completed ? "OK" : status == .failed ? "FAILED" : pending)
        case .validate: return "Validation against Five Safes RO-Crate profile: " + outcome(status)
        case .retrieve: return "Download of the workflow RO-Crate via the TRE proxy: " + (status.hasEnded ? status.shortName : pending)
        case .signOff: return "Sign-off of execution according to agreement policy: " + outcome(status)
        case .disclose: return "Disclosure check of workflow results: " + outcome(status)
        case .publish: return "BagIt manifests of Crate updated"
        case .execute: return "Workflow run"
        }
    }

    static func outcome(_ status: ActionStatus) -> String {
        switch status {
        case .completed: "approved"
        case .failed: "rejected"
        case .active: "in progress"
        case .potential: "pending"
        }
    }

    /// The `object` of a new action: the root; for sign-off also the workflow and the project; for retrieval the
    /// workflow's download (its `distribution`).
    static func assessed(_ phase: LifecyclePhase, rootID: String, in crate: Crate) -> JSONValue {
        switch phase {
        case .signOff:
            return JSONValue.references([rootID] + crate.mainEntityIDs + crate.projectIDs)
        case .retrieve:
            let workflow = crate.mainEntityIDs.first
            let download = workflow.flatMap { crate.entity($0)?.references("distribution").first } ?? workflow ?? rootID
            return .reference(download)
        default:
            return .reference(rootID)
        }
    }

    static func defaultInstrument(_ phase: LifecyclePhase, in crate: Crate) -> String? {
        switch phase {
        case .check, .publish: return sha512
        case .validate:
            let declared = (crate.root?.references("conformsTo") ?? []).first { $0.hasPrefix("https://w3id.org/5s-crate/") }
            return declared ?? "https://w3id.org/5s-crate/0.4"
        default: return nil
        }
    }
}

extension JSONObject {
    /// An object from key–value pairs in order.
    static func ordered(_ pairs: [(String, JSONValue)]) -> JSONObject {
        JSONObject(pairs.map { JSONMember(key: $0.0, value: JSONNode($0.1)) })
    }
}
