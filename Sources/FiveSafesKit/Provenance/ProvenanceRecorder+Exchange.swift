internal import Foundation
internal import JSONLD
internal import ROCrate

/// `provenance add send` and `provenance add receive` on a Five Safes 1.0 working record (1.0 Working Draft,
/// Exchange Processes):
///
/// - a dispatch is a `SendAction` with exactly one `recipient`, a delivery a `ReceiveAction` with exactly one
///   `sender`, the other party described as a `Person` or `Organization` (an `Organization` is added when the record
///   does not describe it); both are also `prov:Activity`, with an absolute `@id` (`<record>/exchanges/<uuid>`), an
///   `agent` and `provider` (default: `--tre`, else the organisation the request went to), `actionStatus` as
///   `{"@id": …}` and `endTime` once ended (5S-XCH-01, 5S-XCH-02, 5S-PROC-01..04);
/// - the `object` is the transferred asset by absolute IRI. Given a snapshot folder, the snapshot is referenced as
///   Referencing Another RO-Crate shows: a `Dataset` whose `@id` is the snapshot's canonical `identifier`, reachable
///   through the root's `hasPart`, with `version`, `dct:isVersionOf` and `datePublished` copied and the versionless
///   `https://w3id.org/ro/crate` under `conformsTo`. Given only an IRI the record does not describe, the reference
///   has no copies to make (a note says so);
/// - a receipt names the dispatch it resulted from with `prov:wasInformedBy` only when asked (`--informed-by`): "a
///   missing counterpart MUST NOT be inferred" (Correlating Dispatch and Receipt).
///
/// Refused: a 0.4 or 0.5 crate (the review model has no exchanges), a snapshot (never changed), a record
/// referencing itself, `PotentialActionStatus` (5S-DEC-01), a snapshot published after the exchange ended
/// (5S-XCH-03) and a receipt ending before the dispatch it names began (5S-XCH-04).
extension ProvenanceRecorder {
    /// The versionless generic RO-Crate profile a reference to another RO-Crate declares.
    static let genericROCrate = "https://w3id.org/ro/crate"

    /// Records one exchange in the 1.0 working record at `path` (crate, bag folder or metadata file) and writes it
    /// back atomically.
    public func record(_ exchange: ExchangeRequest, in path: String) throws(Failure) -> ExchangeRecord {
        do {
            let target = try ProvenanceTarget(path)
            let bytes = try target.readMetadata()
            let crate = try ProvenanceTarget.parse(bytes, path: target.metadataPath)
            try checkTimes(exchange.details)
            return try recordExchange(exchange, crate: crate, bytes: bytes, target: target)
        } catch {
            throw .failure(error)
        }
    }

    private func recordExchange(
        _ exchange: ExchangeRequest, crate: Crate, bytes: [UInt8], target: ProvenanceTarget
    ) throws(FiveSafesError) -> ExchangeRecord {
        let details = exchange.details
        guard Self.isActivityRecord(crate) else {
            throw FiveSafesError(
                .usage,
                "\(exchange.kind.rawValue) records a Five Safes 1.0 exchange (SendAction/ReceiveAction); \(target.metadataPath) is not a 1.0 "
                    + "working record (`\(commandLine(.migrateTo10))` rewrites a 0.4 or 0.5 crate)")
        }
        guard let root = crate.root, let rootID = root.id, !root.has("version") else {
            throw FiveSafesError(
                .unreadableInput, "is a snapshot (it has a version) or has no root; record exchanges in the working record",
                path: target.metadataPath)
        }
        guard details.status != .potential else {
            throw FiveSafesError(.usage, "PotentialActionStatus MUST NOT be used in a Five Safes 1.0 record (5S-DEC-01)")
        }
        let partySetting: ProvenanceRequest.Setting = exchange.kind == .send ? .recipient : .sender
        guard CrateInitializer.Identifiers.isIRI(exchange.party) else {
            throw FiveSafesError(.usage, "\(settingName(partySetting)) \(exchange.party) is not an absolute IRI")
        }
        if let informedBy = exchange.informedBy {
            guard exchange.kind == .receive else {
                throw FiveSafesError(.usage, "\(settingName(.informedBy)) names the dispatch a receipt resulted from; a send has none")
            }
            guard CrateInitializer.Identifiers.isIRI(informedBy) else {
                throw FiveSafesError(
                    .usage, "\(settingName(.informedBy)) \(informedBy) is not an absolute IRI (Correlating Dispatch and Receipt)")
            }
        }
        var draft = try ProvenanceDraft(crate: crate, bytes: bytes)
        var notes: [String] = []
        let object = try describeObject(exchange.object, crate: crate, into: &draft, notes: &notes)
        let provider = details.tre ?? crate.entities(ofType: "AskAction").last?.references("recipient").first
        guard let agent = details.agent ?? provider else {
            throw FiveSafesError(
                .usage, "\(settingName(.agent)) is required: the record names no TRE to have done the \(exchange.kind.rawValue)")
        }
        let id = processID("exchanges", in: crate)
        var action = try process(exchange.kind.actionType, id: id, request: details, agent: agent, provider: provider, into: &draft)
        let party = exchange.party
        if !draft.contains(party) {
            var organization = JSONObject.ordered([
                ("@id", .string(party)), ("@type", .string("Organization")), ("name", .string(exchange.partyName ?? party)),
            ])
            if Self.isWeb(party) { organization.set("url", .string(party)) }
            draft.put(organization)
        }
        let verb = exchange.kind == .send ? "Sent \(object.name) to" : "Received \(object.name) from"
        action.set("name", .string(details.name ?? "\(verb) \(exchange.partyName ?? crate.entity(party)?.string("name") ?? party)"))
        if let note = details.note { action.set("description", .string(note)) }
        action.set(exchange.kind.partyProperty, .reference(party))
        action.set("object", .reference(object.id))
        if let informedBy = exchange.informedBy { action.set("prov:wasInformedBy", .reference(informedBy)) }
        setStatus(details.status, of: &action, request: details)
        try checkOrder(action, object: object, informedBy: exchange.informedBy, in: crate)
        draft.put(action)
        draft.link(rootID, "mentions", to: id)
        draft.update(rootID) { $0.set("dateModified", .string(now())) }
        notes += try writeRecord(draft, to: target, recording: "the \(exchange.kind.rawValue)", force: details.force)
        return ExchangeRecord(actionID: id, kind: exchange.kind, status: details.status, metadataPath: target.metadataPath, notes: notes)
    }

    /// The transferred asset: its `@id`, name and (for a snapshot) `datePublished`.
    private struct Transferred {
        let id: String
        let name: String
        let published: String?
    }

    /// Describes the exchanged asset in the record, reachable through the root's `hasPart`.
    private func describeObject(
        _ value: String, crate: Crate, into draft: inout ProvenanceDraft, notes: inout [String]
    ) throws(FiveSafesError) -> Transferred {
        let own = crate.root?.references("identifier").first
        var reference: JSONObject
        if CrateInitializer.Identifiers.isIRI(value) {
            guard value != own, value != crate.root?.references("dct:isVersionOf").first else {
                throw FiveSafesError(.usage, "\(settingName(.object)) \(value) is this record itself; an RO-Crate cannot reference itself")
            }
            if let existing = crate.entity(value) {
                if let root = crate.root?.id { draft.link(root, "hasPart", to: value) }
                return Transferred(id: value, name: existing.string("name") ?? value, published: existing.string("datePublished"))
            }
            reference = .ordered([
                ("@id", .string(value)), ("@type", .string("Dataset")), ("name", .string(value)),
                ("conformsTo", .reference(Self.genericROCrate)),
            ])
            notes.append(
                "\(value) is referenced by IRI only; give the snapshot's folder as \(settingName(.object)) to copy its version, "
                    + "dct:isVersionOf and datePublished (1.0, Referencing Another RO-Crate)")
        } else {
            let snapshot = try ProvenanceTarget(value)
            let parsed = try ProvenanceTarget.parse(try snapshot.readMetadata(), path: snapshot.metadataPath)
            let shape = try RecordSnapshotter.representation(of: parsed, path: snapshot.metadataPath)
            guard let version = shape.version else {
                throw FiveSafesError(
                    .usage, "\(settingName(.object)) is a working record (no version); an exchange transfers a published snapshot",
                    path: snapshot.metadataPath)
            }
            guard shape.identifier != own else {
                throw FiveSafesError(.usage, "\(settingName(.object)) has this record's own identifier", path: snapshot.metadataPath)
            }
            reference = .ordered([
                ("@id", .string(shape.identifier)), ("@type", .string("Dataset")),
                ("name", .string(parsed.root?.string("name").map { "\($0), version \(version)" } ?? "Snapshot \(version)")),
                ("conformsTo", .reference(Self.genericROCrate)), ("version", .number(String(version))),
                ("dct:isVersionOf", .reference(shape.record)),
            ])
            if let published = parsed.root?.string("datePublished") { reference.set("datePublished", .string(published)) }
        }
        let id = reference["@id"]?.value.stringValue ?? value
        draft.ensure(reference)
        if let root = crate.root?.id { draft.link(root, "hasPart", to: id) }
        let described = draft.object(id)
        return Transferred(
            id: id, name: described?["name"]?.value.stringValue ?? id, published: described?["datePublished"]?.value.stringValue)
    }

    /// 5S-XCH-03 and 5S-XCH-04 on the new process, where the times can be read.
    private func checkOrder(_ action: JSONObject, object: Transferred, informedBy: String?, in crate: Crate) throws(FiveSafesError) {
        let end = action["endTime"]?.value.stringValue.flatMap(LifecycleTime.instant)
        if let end, let published = object.published.flatMap(LifecycleTime.instant), published > end {
            throw FiveSafesError(
                .usage,
                "the snapshot \(object.id) was published (\(object.published ?? "")) after the exchange ended; a transferred snapshot is "
                    + "published by the end of the exchange (5S-XCH-03)")
        }
        if let end, let informedBy, let send = crate.entity(informedBy), let startText = send.string("startTime"),
            let start = LifecycleTime.instant(startText), start > end
        {
            throw FiveSafesError(
                .usage,
                "the dispatch \(informedBy) began at \(startText), after this receipt ended; a receipt cannot precede its dispatch (5S-XCH-04)"
            )
        }
    }
}
