public import FiveSafesKit
internal import JSONLD

/// `inspect --format json`: the summary as one JSON object, keys in a fixed order, described by
/// `Schemas/inspect.schema.json`.
public struct InspectJSONRenderer: ReportRenderer {
    /// The tool version written in the `fivesafes` key.
    public var toolVersion: String

    /// Creates a renderer.
    public init(toolVersion: String = FiveSafesVersion.current) {
        self.toolVersion = toolVersion
    }

    /// The summary as pretty-printed JSON.
    public func render(_ summary: CrateSummary) -> String {
        summary.json(toolVersion: toolVersion)
    }
}

extension CrateSummary {
    /// The summary as one JSON object (`fivesafes inspect --format json`), keys in a fixed order, described by
    /// `Schemas/inspect.schema.json`. Absent values are `null`; lists are always present.
    func json(toolVersion: String = FiveSafesVersion.current) -> String {
        var members: [(String, JSONValue)] = [
            ("fivesafes", .string(toolVersion)),
            ("input", .string(input)),
            ("inputKind", .string(inputKind.rawValue)),
            (
                "profile",
                .orderedObject([("id", .string(profile.id)), ("version", .optional(profile.version)), ("iri", .optional(profile.iri))])
            ),
            ("roCrateVersion", .optional(roCrateVersion)),
            ("phase", .string(phase.rawValue)),
            ("name", .optional(name)),
            ("description", .optional(description)),
            ("datePublished", .optional(datePublished)),
            ("license", license.map(Self.party) ?? .null),
        ]
        members += people()
        members += [
            ("workflow", workflow.map(Self.workflowJSON) ?? .null)
        ]
        // Only for crates that name an activity record (1.0) or declare an executionType (0.5), so 0.4 summaries
        // stay as they were.
        if let record {
            members.append(
                (
                    "record",
                    .orderedObject(
                        [
                            ("record", .string(record.record)), ("identifier", .optional(record.identifier)),
                            ("state", .string(record.state)),
                            ("version", record.version.map { .number(String($0)) } ?? .null),
                            ("previousVersion", .optional(record.previousVersion)),
                            ("processes", .list(record.processes.map(Self.processJSON))),
                        ] + Self.nodesJSON(record.nodes))
                ))
        }
        if let execution {
            members.append(
                (
                    "execution",
                    .orderedObject([
                        ("type", .string(execution.type)), ("context", .optional(execution.context)),
                        ("contextTypes", Self.strings(execution.contextTypes)), ("language", .optional(execution.language)),
                    ])
                ))
        }
        members += [
            ("inputs", .list(inputs.map(Self.inputJSON))),
            ("run", run.map(Self.runJSON) ?? .null),
            ("timeline", .list(timeline.map(Self.stepJSON))),
            ("flags", .list(flags.map(Self.flagJSON))),
            ("outputs", .list(outputs.map(Self.outputJSON))),
            ("payload", payload.map(Self.payloadJSON) ?? .null),
            ("package", packageJSON()),
            ("signatures", .list(signatures.map(Self.signatureJSON))),
        ]
        return JSONWriter().string(.orderedObject(members)) + "\n"
    }

    private func people() -> [(String, JSONValue)] {
        let requesterValue: JSONValue =
            requester.map { value in
                .orderedObject(
                    [
                        ("id", .string(value.id)), ("name", .optional(value.name)), ("orcid", .optional(value.orcid)),
                        ("affiliations", Self.parties(value.affiliations)), ("memberOf", Self.parties(value.memberOf)),
                    ] + (value.credentials.isEmpty ? [] : [("credentials", Self.parties(value.credentials))]))
            } ?? .null
        let projectValue: JSONValue =
            project.map { value in
                .orderedObject([
                    ("id", .string(value.id)), ("name", .optional(value.name)), ("identifiers", Self.strings(value.identifiers)),
                    ("funding", Self.parties(value.funding)), ("members", Self.parties(value.members)),
                ])
            } ?? .null
        return [("requester", requesterValue), ("project", projectValue), ("organizations", Self.parties(organizations))]
    }

    private static func party(_ value: Party) -> JSONValue {
        .orderedObject([("id", .string(value.id)), ("name", .optional(value.name))])
    }

    private static func parties(_ values: [Party]) -> JSONValue { .list(values.map(party)) }

    private static func strings(_ values: [String]) -> JSONValue { .list(values.map(JSONValue.string)) }

    /// A federated record's `nodes` member, only when it references node crates (other records' summaries stay as
    /// they were).
    private static func nodesJSON(_ nodes: [Record.Node]) -> [(String, JSONValue)] {
        guard !nodes.isEmpty else { return [] }
        let list = nodes.map { node in
            JSONValue.orderedObject([
                ("id", .string(node.id)), ("name", .optional(node.name)), ("version", .optional(node.version)),
                ("datePublished", .optional(node.datePublished)), ("publisher", .optional(node.publisher)),
                ("about", strings(node.about)),
            ])
        }
        return [("nodes", .list(list))]
    }

    private static func workflowJSON(_ value: Workflow) -> JSONValue {
        .orderedObject([
            ("id", .string(value.id)), ("name", .optional(value.name)), ("version", .optional(value.version)),
            ("conformsTo", strings(value.conformsTo)), ("download", .optional(value.download)),
            ("localCopy", .optional(value.localCopy)),
        ])
    }

    private static func inputJSON(_ value: Input) -> JSONValue {
        .orderedObject([
            ("id", .string(value.id)), ("kind", .string(value.kind.rawValue)), ("name", .optional(value.name)),
            ("value", .optional(value.value)), ("parameter", .optional(value.parameter)),
            ("encodingFormat", .optional(value.encodingFormat)), ("contentSize", .optional(value.contentSize)),
        ])
    }

    private static func runJSON(_ value: Run) -> JSONValue {
        .orderedObject([
            ("id", .string(value.id)), ("name", .optional(value.name)), ("status", .optional(value.status)),
            ("start", .optional(value.start)), ("end", .optional(value.end)),
        ])
    }

    static func processJSON(_ value: Process) -> JSONValue {
        .orderedObject([
            ("kind", .string(value.kind)), ("id", .string(value.id)), ("name", .optional(value.name)),
            ("status", .optional(value.status)), ("agents", parties(value.agents)), ("end", .optional(value.end)),
        ])
    }

    private static func stepJSON(_ value: Step) -> JSONValue {
        .orderedObject([
            ("phase", .string(value.phase.rawValue)), ("title", .string(value.title)), ("id", .string(value.id)),
            ("name", .optional(value.name)), ("status", .optional(value.status)), ("agents", parties(value.agents)),
            ("start", .optional(value.start)), ("end", .optional(value.end)), ("note", .optional(value.note)),
        ])
    }

    private static func flagJSON(_ value: Flag) -> JSONValue {
        .orderedObject([("kind", .string(value.kind.rawValue)), ("rule", .optional(value.rule)), ("message", .string(value.message))])
    }

    private static func outputJSON(_ value: Output) -> JSONValue {
        .orderedObject(
            [
                ("id", .string(value.id)), ("types", strings(value.types)), ("name", .optional(value.name)),
                ("encodingFormat", .optional(value.encodingFormat)), ("contentSize", .optional(value.contentSize)),
            ] + (value.disclosure.map { [("disclosure", JSONValue.string($0))] } ?? []))
    }

    private static func payloadJSON(_ value: Payload) -> JSONValue {
        let counts: [JSONValue] = value.byMediaType.map { count in
            .orderedObject([
                ("mediaType", .string(count.mediaType)), ("files", .integer(count.files)), ("bytes", .number(String(count.bytes))),
            ])
        }
        return .orderedObject([("files", .integer(value.files)), ("bytes", .number(String(value.bytes))), ("byMediaType", .list(counts))])
    }

    private func packageJSON() -> JSONValue {
        let problems: [JSONValue] = package.problems.map { value in
            .orderedObject([
                ("rule", .string(value.rule)), ("severity", .string(value.severity.rawValue)),
                ("message", .string(value.message)), ("file", .optional(value.file)),
            ])
        }
        return .orderedObject([
            ("kind", .string(package.kind.rawValue)), ("status", .string(package.status.rawValue)), ("problems", .list(problems)),
        ])
    }

    private static func signatureJSON(_ value: Signature) -> JSONValue {
        .orderedObject([
            ("file", .string(value.file)), ("format", .string(value.format.rawValue)), ("bytes", .number(String(value.bytes))),
            ("status", .string(value.status.rawValue)),
        ])
    }
}
