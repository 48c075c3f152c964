internal import Foundation
internal import JSONLD
public import ROCrate

extension CrateSummary {
    /// The summary of a crate's metadata (input, profile, payload, package and signatures are left for
    /// ``CrateInspector`` to fill in).
    public static func read(_ crate: Crate) -> CrateSummary {
        let root = crate.root
        let party = { (id: String) in Party(id: id, name: crate.entity(id)?.string("name")) }
        let run = crate.runActions.first
        let requester = run?.references("agent").first.map { id in
            let person = crate.entity(id)
            return Requester(
                id: id,
                name: person?.string("name"),
                orcid: orcid(id),
                affiliations: person?.references("affiliation").map(party) ?? [],
                memberOf: person?.references("memberOf").map(party) ?? [],
                credentials: person?.references("hasCredential").map(party) ?? []
            )
        }
        let projectID = crate.projectIDs.first ?? requester?.memberOf.first?.id
        let project = projectID.map { id in
            let entity = crate.entity(id)
            let identifiers = (entity?.values("identifier") ?? []).compactMap { node in
                node.referenceID.map { crate.entity($0)?.string("value") ?? $0 } ?? node.value.stringValue
            }
            return Project(
                id: id,
                name: entity?.string("name"),
                identifiers: identifiers,
                funding: entity?.references("funding").map(party) ?? [],
                members: entity?.references("member").map(party) ?? []
            )
        }
        var organizationIDs: [String] = []
        for id in (requester?.affiliations.map(\.id) ?? []) + (project?.members.map(\.id) ?? []) + (root?.references("publisher") ?? [])
        where !organizationIDs.contains(id) && crate.isEntity(id, ofType: "Organization") {
            organizationIDs.append(id)
        }
        let timeline = LifecycleTimeline(crate)
        var summary = CrateSummary(
            input: "",
            inputKind: .directory,
            profile: Profile(id: "ro-crate", version: nil, iri: nil),
            roCrateVersion: crate.roCrateVersion,
            phase: RequestResultPhase.detect(in: crate),
            name: root?.string("name"),
            description: root?.string("description"),
            datePublished: root?.string("datePublished"),
            license: root?.references("license").first.map(party) ?? root?.string("license").map { Party(id: $0, name: nil) },
            requester: requester,
            project: project,
            organizations: organizationIDs.map(party),
            workflow: crate.mainEntityIDs.first.map { workflow($0, in: crate) },
            inputs: run.map { inputs(of: $0, in: crate) } ?? [],
            run: run.map { action in
                Run(
                    id: action.label,
                    name: action.string("name"),
                    status: crate.actionStatus(of: action)?.shortName,
                    start: action.string("startTime"),
                    end: action.string("endTime")
                )
            },
            timeline: timeline.entries.map { entry in
                Step(
                    phase: entry.phase,
                    title: entry.phase.title,
                    id: entry.id,
                    name: entry.name,
                    status: entry.status?.shortName,
                    agents: entry.agents.map(party),
                    start: entry.start,
                    end: entry.end,
                    note: entry.note
                )
            },
            flags: timeline.flags.map { Flag(kind: $0.kind, rule: $0.rule, message: $0.message) },
            outputs: (run?.references("result") ?? []).map { id in
                let entity = crate.entity(id)
                return Output(
                    id: id,
                    types: entity?.types ?? [],
                    name: entity?.string("name"),
                    encodingFormat: entity?.string("encodingFormat"),
                    contentSize: contentSize(entity),
                    disclosure: disclosure(crate.disclosureVotes[id]),
                    disclosureFindings: crate.disclosureVotes[id]?.last { $0.status != "pass" }?.summary
                )
            },
            payload: nil,
            package: Package(kind: .none, status: .notPackaged, problems: []),
            signatures: []
        )
        summary.execution = execution(in: crate)
        summary.record = record(in: crate)
        if summary.record != nil {
            // 0.4's review lifecycle (check → … → publish) is not 1.0's process model: its gaps and anomalies would
            // report a missing sign-off beside an AuthorizeAction. The processes are listed with the record.
            summary.flags = []
        }
        return summary
    }

    /// The 1.0 activity record, when the root names one with `dct:isVersionOf`.
    static func record(in crate: Crate) -> Record? {
        guard let root = crate.root, let record = root.references("dct:isVersionOf").first ?? root.string("dct:isVersionOf") else {
            return nil
        }
        let version = root.values("version").first.flatMap { node -> Int? in
            if case .number(let text) = node.value { return Int(text) }
            return nil
        }
        let processes = root.references("mentions").compactMap(crate.entity).filter { crate.hasType($0, "prov:Activity") }.map { process in
            Process(
                kind: process.types.first { $0 != "prov:Activity" } ?? "prov:Activity",
                id: process.label,
                name: process.string("name"),
                status: crate.actionStatus(of: process)?.shortName,
                agents: process.references("agent").map { Party(id: $0, name: crate.entity($0)?.string("name")) },
                end: process.string("endTime")
            )
        }
        return Record(
            record: record,
            identifier: root.references("identifier").first,
            state: root.has("version") ? "snapshot" : "working record",
            version: version,
            previousVersion: root.references("pav:previousVersion").first,
            nodes: crate.nodeCrateReferences.map { node in
                let version = node.values("version").first.map { value -> String in
                    if case .number(let text) = value.value { return text }
                    return value.value.stringValue ?? value.value.kindName
                }
                let publisher = node.references("publisher").first
                return Record.Node(
                    id: node.label, name: node.string("name"), version: version, datePublished: node.string("datePublished"),
                    publisher: publisher.map { crate.entity($0)?.string("name") ?? $0 }, about: node.references("about"))
            },
            processes: processes
        )
    }

    /// The 0.5 execution, when the root declares an `executionType`.
    static func execution(in crate: Crate) -> Execution? {
        guard let type = crate.executionType else { return nil }
        let context = crate.mainEntityIDs.first
        let entity = context.flatMap(crate.entity)
        let language = entity?.values("programmingLanguage").first.flatMap { node in
            let id = node.referenceID ?? node.value.stringValue
            return id.flatMap { crate.entity($0)?.string("name") } ?? id
        }
        return Execution(type: type, context: context, contextTypes: entity?.types ?? [], language: language)
    }

    static func workflow(_ id: String, in crate: Crate) -> Workflow {
        let entity = crate.entity(id)
        let version =
            entity?.string("version") ?? entity?.values("version").first?.value.numberText
            ?? URLComponents(string: id)?.queryItems?.first { $0.name == "version" }?.value
        let copy = crate.references(to: id).first { $0.property == "sameAs" }.map { crate.entity(at: $0).label }
        return Workflow(
            id: id,
            name: entity?.string("name"),
            version: version,
            conformsTo: (entity?.references("conformsTo") ?? []) + (entity?.strings("conformsTo") ?? []),
            download: entity?.references("distribution").first ?? entity?.string("distribution"),
            localCopy: copy
        )
    }

    static func inputs(of run: Entity, in crate: Crate) -> [Input] {
        run.references("object").map { id in
            guard let entity = crate.entity(id) else { return Input(id: id, kind: .other) }
            let kind: Input.Kind = crate.hasType(entity, "File") ? .file : crate.hasType(entity, "PropertyValue") ? .value : .other
            let parameter = entity.references("exampleOfWork").first.map { crate.entity($0)?.string("name") ?? $0 }
            // Shown on terminals and in reports: credential-like values (the Hutch example's db_password) are masked.
            let value = (entity.string("value") ?? entity.values("value").first?.value.numberText)
                .map { SecretRedactor.redact($0, names: [entity.string("name"), id]) }
            return Input(
                id: id,
                kind: kind,
                name: entity.string("name"),
                value: value,
                parameter: parameter,
                encodingFormat: entity.string("encodingFormat"),
                contentSize: contentSize(entity)
            )
        }
    }

    static func contentSize(_ entity: Entity?) -> String? {
        entity?.string("contentSize") ?? entity?.values("contentSize").first?.value.numberText
    }

    static func orcid(_ id: String) -> String? {
        for prefix in ["https://orcid.org/", "http://orcid.org/"] where id.hasPrefix(prefix) { return String(id.dropFirst(prefix.count)) }
        return nil
    }
}

extension CrateSummary.Input {
    init(id: String, kind: Kind) {
        self.init(id: id, kind: kind, name: nil, value: nil, parameter: nil, encodingFormat: nil, contentSize: nil)
    }
}

extension JSONValue {
    /// A number's or boolean's text.
    fileprivate var numberText: String? {
        switch self {
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}
