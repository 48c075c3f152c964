internal import Foundation
internal import JSONLD
internal import ROCrate

/// The edits that make a Five Safes 0.4, 0.5-DRAFT or 0.5 crate a 1.0 Working Draft working record.
///
/// The draft has no migration notes ("Appendix B. Changes From 0.4" is an empty heading), so the edits are the
/// least that makes the crate meet the 1.0 text, each reported:
/// - RO-Crate 1.3: the context in array form (other context items kept), the descriptor's `conformsTo`.
/// - The root: `conformsTo` 1.0 (the Profile entity renamed or added), one canonical `identifier` and one
///   `dct:isVersionOf` (minted UUID URNs unless given; the record IRI described), `dateCreated`/`datePublished`,
///   no `version`/`pav:previousVersion` (a working record has neither), `mentions` listing every process.
/// - Entity identifiers: `#name` and `_:name` become `<record IRI>#name` (absolute, stable across the record's
///   representations, the local name kept), in every reference too.
/// - Processes: `prov:Activity` added, a kind of process added to an unlisted `…Action`, `actionStatus` written
///   as `{"@id"}`; a `PotentialActionStatus` action (0.4's request) becomes a completed `AskAction`; a 0.4
///   sign-off or disclosure `AssessAction`, whose status was the decision, becomes an `AuthorizeAction`
///   (completed) or `RejectAction` (failed), or a plain `Action` while still active.
/// Times are never invented for actions: a completed action without `endTime` stays so (5S-PROC-04 reports it).
struct MigrationTo10 {
    static let sources = [
        "https://w3id.org/5s-crate/0.4": "0.4", "https://w3id.org/5s-crate/0.5-DRAFT": "0.5-DRAFT",
        "https://w3id.org/5s-crate/0.5": "0.5",
    ]
    let target = ActivityRecordTerms.profile

    let crate: Crate
    /// The canonical identifier of the working record and the activity record IRI (minted when nil).
    var identifier: String?
    var record: String?
    /// `dateCreated`/`datePublished` for a root that has neither.
    var now: String

    /// The version the crate declares, nil when it already declares 1.0.
    func sourceVersion() throws(FiveSafesError) -> String? {
        let label = try MigrationTo05.sourceVersion(of: crate, target: target, sources: Self.sources, named: "0.4, 0.5-DRAFT or 0.5")
        guard let label else { return nil }
        guard crate.descriptor != nil else {
            throw FiveSafesError(.unreadableInput, "the metadata has no metadata descriptor to migrate")
        }
        return label
    }

    /// Applies the edits to a draft; returns every change and notes on what was left as it was.
    func apply(to draft: inout ProvenanceDraft) -> (changes: [MigrationChange], notes: [String]) {
        guard let root = crate.root, let rootID = root.id, let descriptor = crate.descriptor else { return ([], []) }
        var changes: [MigrationChange] = []
        var notes: [String] = []
        let recordIRI = record ?? existingRecord(root) ?? "urn:uuid:" + UUID().uuidString.lowercased()
        let renames = renamedIDs(base: recordIRI)
        var objects: [Int: JSONObject] = [:]
        for entity in crate.entities { objects[entity.index] = entity.object }

        // Identifiers first, so every later edit sees the new references.
        for entity in crate.entities {
            guard var object = objects[entity.index] else { continue }
            let renamedObject = Self.renaming(object, renames)
            if let id = entity.id, let new = renames[id] {
                object = renamedObject
                object.set("@id", .string(new))
                changes.append(
                    MigrationChange(
                        entity: id, property: "@id", before: id, after: new,
                        reason: "1.0 Entity Identifiers: an absolute IRI (the record IRI and the local name), in every reference too"))
            } else {
                object = renamedObject
            }
            objects[entity.index] = object
        }
        for (old, new) in renames where crate.entity(old) == nil {
            changes.append(
                MigrationChange(
                    entity: old, property: "@id", before: old, after: new,
                    reason: "1.0 Entity Identifiers: references to the undescribed local id are made absolute"))
        }

        changes += migrateDescriptor(descriptor, &objects[descriptor.index, default: descriptor.object])
        let processes = crate.processes
        for process in processes {
            changes += migrateProcess(
                process, &objects[process.index, default: process.object], rootPublished: root.string("datePublished"))
        }
        let untyped = crate.entities.filter { $0.object["@type"] == nil && ($0.strings("type").contains { $0.hasSuffix("Action") }) }
        if !untyped.isEmpty {
            notes.append(
                "\(untyped.compactMap(\.id).joined(separator: ", ")) use `type` instead of `@type` (RC-MD-05), so they are not "
                    + "recognised as processes and were not migrated: fix the key and migrate again")
        }
        let processIDs = processes.compactMap { objects[$0.index]?["@id"]?.value.stringValue }
        changes += migrateRoot(
            root, &objects[root.index, default: root.object], recordIRI: recordIRI, processIDs: processIDs, notes: &notes)

        for entity in crate.entities where objects[entity.index] != entity.object {
            if let object = objects[entity.index] { draft.replace(entity, with: object) }
        }
        if crate.entity(recordIRI) == nil {
            let name = root.string("name").map { "Activity record: \($0)" } ?? "Activity record"
            draft.put(
                JSONObject([
                    JSONMember(key: "@id", value: JSONNode(.string(recordIRI))),
                    JSONMember(key: "@type", value: JSONNode(.string("CreativeWork"))),
                    JSONMember(key: "name", value: JSONNode(.string(name))),
                ]))
            changes.append(
                MigrationChange(
                    entity: recordIRI, property: "@type", before: nil, after: "CreativeWork",
                    reason: "the activity record named by dct:isVersionOf is described (RC-CE-01)"))
        }
        let old = (root.references("conformsTo") + root.strings("conformsTo")).first { Self.sources[$0] != nil } ?? ""
        changes += ProfileEntityMigration(crate: crate, old: old, target: target, version: "1.0", oldLabel: Self.sources[old]).apply(
            to: &draft)
        if let context = crate.top["@context"]?.value, let migrated = Self.context13(context) {
            draft.setContext(migrated)
            changes.append(
                MigrationChange(
                    entity: "@context", property: "@context", before: Self.describe(context), after: Self.describe(migrated),
                    reason: "1.0 Metadata File and JSON-LD: the RO-Crate 1.3 context, in array form"))
        }
        return (changes, notes)
    }

    // MARK: - Entities

    private func migrateDescriptor(_ descriptor: Entity, _ object: inout JSONObject) -> [MigrationChange] {
        let old = descriptor.references("conformsTo") + descriptor.strings("conformsTo")
        guard !old.contains(ActivityRecordTerms.roCrate) else { return [] }
        let before = old.first { $0.hasPrefix("https://w3id.org/ro/crate/") }
        if let node = object["conformsTo"], let before {
            object.set("conformsTo", MigrationTo05.replacing(before, with: ActivityRecordTerms.roCrate, in: node.value))
        } else {
            ProvenanceDraft.addReference(ActivityRecordTerms.roCrate, to: "conformsTo", in: &object)
        }
        return [
            MigrationChange(
                entity: descriptor.label, property: "conformsTo", before: before, after: ActivityRecordTerms.roCrate,
                reason: "1.0 Metadata File: the descriptor declares RO-Crate 1.3")
        ]
    }

    private func migrateRoot(
        _ root: Entity, _ object: inout JSONObject, recordIRI: String, processIDs: [String], notes: inout [String]
    ) -> [MigrationChange] {
        let id = root.label
        var changes: [MigrationChange] = []
        let old = (root.references("conformsTo") + root.strings("conformsTo")).first { Self.sources[$0] != nil } ?? ""
        if let node = object["conformsTo"] {
            object.set("conformsTo", MigrationTo05.replacing(old, with: target, in: node.value))
            changes.append(
                MigrationChange(
                    entity: id, property: "conformsTo", before: old, after: target,
                    reason: "the crate now declares Five Safes RO-Crate 1.0 (Working Draft)"))
        }
        let identifiers = root.values("identifier")
        let canonical = identifiers.count == 1 ? identifiers[0].referenceID.flatMap { Crate.isAbsoluteIRI($0) ? $0 : nil } : nil
        if canonical == nil {
            let minted = identifier ?? "urn:uuid:" + UUID().uuidString.lowercased()
            let before =
                identifiers.isEmpty ? nil : identifiers.map { $0.referenceID ?? $0.value.stringValue ?? "…" }.joined(separator: ", ")
            object.set("identifier", .reference(minted))
            changes.append(
                MigrationChange(
                    entity: id, property: "identifier", before: before, after: minted,
                    reason: "1.0 Record and RO-Crate Identifiers: exactly one canonical identifier, an absolute IRI"))
            if before != nil {
                notes.append(
                    "the root's old identifier (\(before ?? "")) was replaced: record it as a PropertyValue if it matters (5S-VER-06)")
            }
        }
        if existingRecord(root) == nil {
            let before = root.values(ActivityRecordTerms.isVersionOf).isEmpty ? nil : "invalid value"
            object.set(ActivityRecordTerms.isVersionOf, .reference(recordIRI))
            changes.append(
                MigrationChange(
                    entity: id, property: ActivityRecordTerms.isVersionOf, before: before, after: recordIRI,
                    reason: "1.0 Record and RO-Crate Identifiers: the activity record identifier, the same in every representation"))
        }
        let published = root.string("datePublished")
        if !root.has("dateCreated") {
            let created = published ?? now
            object.set("dateCreated", .string(created))
            changes.append(
                MigrationChange(
                    entity: id, property: "dateCreated", before: nil, after: created,
                    reason: "1.0 Representation Dates: "
                        + (published == nil ? "the crate records no date, so the migration's" : "the crate's datePublished")))
        }
        if !root.has("datePublished") {
            object.set("datePublished", .string(now))
            changes.append(
                MigrationChange(
                    entity: id, property: "datePublished", before: nil, after: now,
                    reason: "1.0 Representation Dates: first made available as a 1.0 RO-Crate now"))
        }
        for property in ["version", ActivityRecordTerms.previousVersion] where root.has(property) {
            let before = root.values(property).map { $0.referenceID ?? $0.value.stringValue ?? "value" }.joined(separator: ", ")
            object.remove(property)
            changes.append(
                MigrationChange(
                    entity: id, property: property, before: before, after: nil,
                    reason: "1.0 Representation State: a working record has no version and no pav:previousVersion"))
        }
        let mentioned = Set((object["mentions"]?.value.arrayValue ?? object["mentions"].map { [$0] } ?? []).compactMap(\.referenceID))
        for process in processIDs where !mentioned.contains(process) {
            ProvenanceDraft.addReference(process, to: "mentions", in: &object)
            changes.append(
                MigrationChange(
                    entity: id, property: "mentions", before: nil, after: process,
                    reason: "1.0 Processes: every process is referenced from the root's mentions"))
        }
        return changes
    }

    private func migrateProcess(_ entity: Entity, _ object: inout JSONObject, rootPublished: String?) -> [MigrationChange] {
        let id = object["@id"]?.value.stringValue ?? entity.label
        var changes: [MigrationChange] = []
        var types = entity.types
        let status = crate.actionStatus(of: entity)
        let additional = entity.references("additionalType") + entity.strings("additionalType")
        let decides = types.contains("AssessAction") && additional.contains(where: ActivityRecordTerms.legacyDecisionTypes.contains)
        var newStatus = status
        func retype(_ from: String, _ to: String, _ reason: String) {
            types = types.map { $0 == from ? to : $0 }
            changes.append(MigrationChange(entity: id, property: "@type", before: from, after: to, reason: reason))
        }
        if status == .potential {
            let kind = types.first { ActivityRecordTerms.isProcessType($0) && $0 != ActivityRecordTerms.activity } ?? "Action"
            if kind != ActivityRecordTerms.ask {
                retype(kind, ActivityRecordTerms.ask, "1.0 Status: a request is a completed AskAction, never a potential \(kind)")
            }
            newStatus = .completed
            if !entity.has("endTime"), let rootPublished {
                object.set("endTime", .string(rootPublished))
                changes.append(
                    MigrationChange(
                        entity: id, property: "endTime", before: nil, after: rootPublished,
                        reason: "1.0 Status: a completed request has an endTime; the request crate's datePublished is when it was submitted"
                    ))
            }
        } else if decides, status == .completed {
            retype(
                "AssessAction", ActivityRecordTerms.authorize,
                "1.0 Kinds of Process: a permission is an AuthorizeAction, not an AssessAction's status")
        } else if decides, status == .failed {
            retype(
                "AssessAction", ActivityRecordTerms.reject,
                "1.0 Kinds of Process: a refusal is a completed RejectAction, not a failed AssessAction")
            newStatus = .completed
        } else if decides, status == .active {
            retype(
                "AssessAction", "Action",
                "1.0 Kinds of Process: an AssessAction does not assert a decision; the review under way is an Action")
        }
        if !types.contains(where: { ActivityRecordTerms.processKinds.contains($0) }) {
            types.append("Action")
            changes.append(
                MigrationChange(
                    entity: id, property: "@type", before: nil, after: "Action",
                    reason: "1.0 Process Shape: the type includes a kind of process (\(entity.types.joined(separator: ", ")) is not one)"))
        }
        if !types.contains(ActivityRecordTerms.activity) {
            types.append(ActivityRecordTerms.activity)
            changes.append(
                MigrationChange(
                    entity: id, property: "@type", before: nil, after: ActivityRecordTerms.activity,
                    reason: "1.0 Process Shape: every process is also a prov:Activity"))
        }
        if types != entity.types { object.set("@type", .list(types.map { .string($0) })) }
        changes += attributeSoftwareToOperator(id: id, &object)
        if let newStatus {
            let written = entity.values("actionStatus")
            let isReference = written.count == 1 && written[0].referenceID == newStatus.rawValue
            if !isReference {
                object.set("actionStatus", .reference(newStatus.rawValue))
                let before = written.first.map { $0.referenceID ?? $0.value.stringValue ?? "value" }
                changes.append(
                    MigrationChange(
                        entity: id, property: "actionStatus", before: before, after: "{\"@id\": \"\(newStatus.rawValue)\"}",
                        reason: "1.0 JSON-LD and Status: a term used as a value is written as {\"@id\": …}"))
            }
        }
        return changes
    }

    /// An agent that is software run by a described `Organization` (0.4's validator, proxy) becomes that
    /// organisation, and the software the `instrument` (1.0 Who Performed a Process: "Where an automated step is
    /// attributed to an operating organisation, `agent` identifies the organisation and the `instrument` (the
    /// software)"). Software without a described provider stays the agent (5S-PROC-02 reports it).
    private func attributeSoftwareToOperator(id: String, _ object: inout JSONObject) -> [MigrationChange] {
        guard let node = object["agent"] else { return [] }
        var changes: [MigrationChange] = []
        var agents = node.value.arrayValue ?? [node]
        for (index, agent) in agents.enumerated() {
            guard let software = agent.referenceID.flatMap(crate.entity), !crate.isPersonOrOrganization(software.label),
                crate.hasType(software, "SoftwareApplication"),
                let provider = software.references("provider").first(where: crate.isPersonOrOrganization)
            else { continue }
            agents[index] = JSONNode(.reference(provider))
            ProvenanceDraft.addReference(software.label, to: "instrument", in: &object)
            changes.append(
                MigrationChange(
                    entity: id, property: "agent", before: software.label, after: provider,
                    reason: "1.0 Who Performed a Process: software is the instrument; its operating organisation is the agent"))
        }
        guard !changes.isEmpty else { return [] }
        var seen = Set<String>()
        agents = agents.filter { $0.referenceID.map { seen.insert($0).inserted } ?? true }
        object.set("agent", agents.count == 1 ? agents[0].value : .array(agents))
        return changes
    }

    // MARK: - Helpers

    /// A root's `dct:isVersionOf`, when it is one absolute IRI.
    private func existingRecord(_ root: Entity) -> String? {
        let values = root.values(ActivityRecordTerms.isVersionOf)
        guard values.count == 1, let iri = values[0].referenceID, Crate.isAbsoluteIRI(iri) else { return nil }
        return iri
    }

    /// The context with its RO-Crate context IRI made 1.3, in array form; nil when it already is.
    static func context13(_ context: JSONValue) -> JSONValue? {
        let isROCrate = { (text: String) in text.hasPrefix("https://w3id.org/ro/crate/") && text.hasSuffix("/context") }
        let items: [JSONNode]
        switch context {
        case .array(let list): items = list
        default: items = [JSONNode(context)]
        }
        var replaced = items.map { item -> JSONNode in
            guard let text = item.value.stringValue, isROCrate(text) else { return item }
            return JSONNode(.string(ActivityRecordTerms.context))
        }
        if !replaced.contains(where: { $0.value.stringValue == ActivityRecordTerms.context }) {
            replaced.insert(JSONNode(.string(ActivityRecordTerms.context)), at: 0)
        }
        let result = JSONValue.array(replaced)
        return result == context ? nil : result
    }

    private static func describe(_ context: JSONValue) -> String {
        switch context {
        case .string(let text): text
        case .array(let items): "[" + items.map { $0.value.stringValue ?? "{…}" }.joined(separator: ", ") + "]"
        default: "{…}"
        }
    }
}
