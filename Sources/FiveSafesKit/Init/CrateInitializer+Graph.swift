internal import Foundation
internal import JSONLD

extension CrateInitializer {
    /// The request crate's metadata document for the files of the folder (payload paths and sizes; `links` are the
    /// symbolic links that were skipped, named when an input file points at one).
    ///
    /// - Throws: ``FiveSafesError`` (`usage`) listing every missing or malformed value at once.
    func document(files: [(path: String, size: Int64)], links: Set<String> = []) throws(FiveSafesError) -> JSONValue {
        let named = settingName
        var problems = options.missing.map { field in
            let setting = field == .input ? "\(named(.input)) or \(named(.inputFile))" : named(field.setting)
            return "\(setting) is required: \(field.prompt)"
        }
        let value = { (text: String?) in text?.trimmingCharacters(in: .whitespaces).nilIfEmpty }
        // The same per-value checks interactive prompts use to ask again (`Field.problem(with:)`).
        for field in [Options.Field.agent, .license, .workflow] {
            if let text = field.keyPath.flatMap({ value(options[keyPath: $0]) }), let problem = field.problem(with: text) {
                problems.append("\(named(field.setting)) \(problem)")
            }
        }
        let orcid = value(options.agent).flatMap(Identifiers.orcid)
        let licence = value(options.license).flatMap(Identifiers.licence)
        let workflow = value(options.workflow)
        let download = value(options.workflowDownload) ?? workflow.flatMap(Self.workflowHubDownload)
        if let download, !Identifiers.isIRI(download, web: true) {
            problems.append("\(named(.workflowDownload)) \(download) is not an http(s) IRI")
        } else if download == nil, let workflow, Identifiers.isIRI(workflow, web: true), !Self.isWorkingRecord(options.profileVersion) {
            problems.append("\(named(.workflowDownload)) is required for a workflow outside WorkflowHub (where its RO-Crate ZIP is)")
        }
        for (setting, text, web) in [
            (Setting.organization, options.organization, true), (.organizationURL, options.organizationURL, true),
            (.grant, options.grant, false),
        ] {
            if let text = value(text), !Identifiers.isIRI(text, web: web) { problems.append("\(named(setting)) \(text) is not an IRI") }
        }
        if !["0.4", "0.5-DRAFT", "0.5", "1.0"].contains(Self.profileLabel(options.profileVersion)) {
            problems.append("\(named(.profileVersion)) \(options.profileVersion) is not 0.4, 0.5-DRAFT, 0.5 or 1.0")
        }
        let payload = Set(files.map(\.path))
        let context = executionContext(workflow: workflow, payload: payload, links: links, problems: &problems)
        if let record = value(options.record), !Self.isWorkingRecord(options.profileVersion) || !Identifiers.isIRI(record) {
            problems.append(
                Self.isWorkingRecord(options.profileVersion)
                    ? "\(named(.record)) \(record) is not an absolute IRI"
                    : "\(named(.record)) needs \(named(.profileVersion)) 1.0 (a working record)")
        }
        var parameters: [(id: String, name: String, value: String?, file: String?)] = []
        for input in options.inputs {
            let parts = input.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, Identifiers.isParameterName(parts[0]) else {
                problems.append("\(named(.input)) \(input) is not NAME=VALUE (NAME of letters, digits, _ - .)")
                continue
            }
            parameters.append((parts[0], parts[0], parts[1], nil))
        }
        for input in options.inputFiles {
            let parts = input.split(separator: "=", maxSplits: 1).map(String.init)
            let path = Self.relativePath(parts.count == 2 ? parts[1] : parts[0])
            let name = parts.count == 2 ? parts[0] : Self.parameterName(forPath: path)
            guard payload.contains(path) else {
                problems.append(
                    links.contains(path)
                        ? "\(named(.inputFile)) \(input): \(path) is a symbolic link, which fivesafes never follows; copy the file into the crate folder"
                        : "\(named(.inputFile)) \(input): \(path) is not a file in the crate folder")
                continue
            }
            guard Identifiers.isParameterName(name) else {
                problems.append("\(named(.inputFile)) \(input): bad parameter name \(name)")
                continue
            }
            parameters.append((name, name, nil, path))
        }
        let names = parameters.map(\.name)
        for name in Set(names) where names.filter({ $0 == name }).count > 1 { problems.append("the input \(name) is given twice") }
        if Self.isWorkingRecord(options.profileVersion), let input = options.inputs.first {
            problems.append(
                "\(named(.input)) \(input): a 1.0 working record has no place for parameter values (the draft's Workflow Execution "
                    + "module is empty); put them in a file of the folder and give it with \(named(.inputFile))")
        }
        let needsWorkflow = !Self.isWorkingRecord(options.profileVersion) && (context?.type ?? "workflow") == "workflow"
        guard problems.isEmpty, let licence, let orcid, !needsWorkflow || (workflow != nil && download != nil) else {
            throw FiveSafesError(.usage, "cannot create the request crate:\n  - " + problems.joined(separator: "\n  - "))
        }
        let built = Built(workflow: workflow, download: download, licence: licence, orcid: orcid, parameters: parameters, files: files)
        return Self.isWorkingRecord(options.profileVersion) ? workingRecord(built) : build(built, context: context)
    }

    /// Validated values.
    struct Built {
        let workflow: String?
        let download: String?
        let licence: (id: String, name: String, description: String)
        let orcid: String
        let parameters: [(id: String, name: String, value: String?, file: String?)]
        let files: [(path: String, size: Int64)]
    }

    private func build(_ built: Built, context: ExecutionContext?) -> JSONValue {
        let text = { (value: String?) in value?.trimmingCharacters(in: .whitespaces).nilIfEmpty }
        let name = text(options.name) ?? ""
        let projectName = text(options.projectName) ?? ""
        let organization = text(options.organization) ?? ""
        let workflow = context.map { $0.type == "workflow" } ?? true ? built.workflow : nil
        let workflowName = workflow.map { text(options.workflowName) ?? Self.workflowName($0) } ?? ""
        let profile = "https://w3id.org/5s-crate/\(options.profileVersion)"
        let runID = "#query-\(UUID().uuidString.lowercased())"
        let projectID = "#project-\(UUID().uuidString.lowercased())"
        let grantID = text(options.grant) ?? "#grant-\(UUID().uuidString.lowercased())"
        let hasFunding = text(options.funding) != nil || text(options.grant) != nil
        let inputValues = built.parameters.filter { $0.file == nil }
        let objects = built.parameters.map { $0.file.map(Self.fileID) ?? "#input-\($0.name)" }
        let description =
            text(options.description)
            ?? "Five Safes RO-Crate request: run the \(workflow == nil ? context?.type ?? "" : "workflow \(workflowName)") for the project \(projectName)."
        var root: [(String, JSONValue)] = [
            ("@id", .string("./")), ("@type", .string("Dataset")), ("name", .string(name)),
            ("description", .string(description)), ("datePublished", .string(Self.timestamp(options.date))),
            ("license", ref(built.licence.id)), ("author", ref(built.orcid)), ("publisher", ref(organization)),
            ("conformsTo", ref(profile)),
            ("hasPart", refs((workflow.map { [$0] } ?? []) + built.files.map { Self.fileID($0.path) })),
            ("mainEntity", ref(context?.id ?? workflow ?? "")),
        ]
        if let context { root.append(("executionType", .string(context.type))) }
        root += [("mentions", ref(runID)), ("sourceOrganization", ref(projectID))]
        root = root.filter { $0.0 != "publisher" || !organization.isEmpty }
        let credentials = credentialEntities()
        var graph: [JSONValue] = [
            .orderedObject([
                ("@id", .string("ro-crate-metadata.json")), ("@type", .string("CreativeWork")),
                ("about", ref("./")), ("conformsTo", ref("https://w3id.org/ro/crate/1.2")),
            ]),
            .orderedObject(root),
            .orderedObject([
                ("@id", .string(profile)), ("@type", .list([.string("CreativeWork"), .string("Profile")])),
                ("name", .string("Five Safes RO-Crate profile \(options.profileVersion)")),
                ("version", .string(options.profileVersion)),
            ]),
            .orderedObject([
                ("@id", .string(built.licence.id)), ("@type", .string("CreativeWork")),
                ("name", .string(built.licence.name)), ("description", .string(built.licence.description)),
            ]),
        ]
        if let workflow, let download = built.download { graph += Self.workflowEntities(workflow, name: workflowName, download: download) }
        graph += [
            .orderedObject(
                [
                    ("@id", .string(runID)), ("@type", .string("CreateAction")),
                    ("name", .string(text(options.runName) ?? "Run \(workflowName) for \(projectName)")),
                    ("actionStatus", .string("http://schema.org/PotentialActionStatus")),
                    ("agent", ref(built.orcid)), ("instrument", ref(context?.id ?? workflow ?? "")),
                ]
                    + (objects.isEmpty ? [] : [("object", refs(objects))])
            ),
            .orderedObject(
                [
                    ("@id", .string(built.orcid)), ("@type", .string("Person")), ("name", .string(text(options.agentName) ?? "")),
                    ("affiliation", ref(organization)), ("memberOf", ref(projectID)),
                ] + (credentials.isEmpty ? [] : [("hasCredential", refs(credentials.map(\.id)))])
            ),
            .orderedObject([
                ("@id", .string(organization)), ("@type", .string("Organization")),
                ("name", .string(text(options.organizationName) ?? "")),
                ("url", .string(text(options.organizationURL) ?? organization)),
            ]),
        ]
        var project: [(String, JSONValue)] = [("@id", .string(projectID)), ("@type", .string("Project")), ("name", .string(projectName))]
        let localID = text(options.project).map { "_:localid:\(text(options.tre) ?? "tre"):\($0)" }
        if let localID { project.append(("identifier", ref(localID))) }
        if hasFunding { project.append(("funding", ref(grantID))) }
        project.append(("member", ref(organization)))
        graph.append(.orderedObject(project))
        if let localID, let id = text(options.project) {
            graph.append(
                .orderedObject([
                    ("@id", .string(localID)), ("@type", .string("PropertyValue")),
                    ("name", .string(text(options.tre) ?? "tre")), ("value", .string(id)),
                ])
            )
        }
        if hasFunding {
            graph.append(
                .orderedObject([
                    ("@id", .string(grantID)), ("@type", .string("Grant")),
                    ("name", .string(text(options.funding) ?? "Grant \(grantID)")),
                ])
            )
        }
        for file in built.files {
            if let context, context.file == file.path {
                graph.append(Self.fileEntity(file.path, size: file.size, parameter: nil, context: context, author: built.orcid))
                continue
            }
            let parameter = built.parameters.first { $0.file == file.path }
            graph.append(Self.fileEntity(file.path, size: file.size, parameter: parameter.map { "#param-\($0.name)" }))
        }
        if let entity = context.flatMap({ executionEntity($0, projectName: projectName, description: description, author: built.orcid) }) {
            graph.append(entity)
        }
        graph += credentials.map(\.entity)
        for input in inputValues {
            graph.append(
                .orderedObject([
                    ("@id", .string("#input-\(input.name)")), ("@type", .string("PropertyValue")),
                    ("name", .string(input.name)), ("value", .string(input.value ?? "")),
                    ("exampleOfWork", ref("#param-\(input.name)")),
                ])
            )
        }
        for parameter in built.parameters {
            let kind = parameter.file == nil ? "value" : "file"
            graph.append(
                .orderedObject([
                    ("@id", .string("#param-\(parameter.name)")), ("@type", .string("FormalParameter")),
                    ("name", .string(parameter.name)),
                    ("description", .string("The workflow's \(parameter.name) input (a \(kind)).")),
                    ("conformsTo", ref("https://bioschemas.org/profiles/FormalParameter/1.0-RELEASE")),
                ])
            )
        }
        let base = JSONValue.string("https://w3id.org/ro/crate/1.2/context")
        let terms = context == nil ? nil : FiveSafesTerms.context(defining: ["executionType"], in: base)
        return .orderedObject([("@context", terms ?? base), ("@graph", .list(graph))])
    }

    /// The workflow (a Workflow RO-Crate `Dataset`) and its RO-Crate ZIP download.
    static func workflowEntities(_ workflow: String, name: String, download: String) -> [JSONValue] {
        [
            .orderedObject([
                ("@id", .string(workflow)), ("@type", .string("Dataset")), ("name", .string(name)),
                ("conformsTo", ref("https://w3id.org/workflowhub/workflow-ro-crate/1.0")),
                ("distribution", ref(download)),
            ]),
            .orderedObject([
                ("@id", .string(download)), ("@type", .string("DataDownload")),
                ("name", .string("Workflow RO-Crate of \(name) (ZIP archive)")),
                ("conformsTo", ref("https://w3id.org/ro/crate")), ("encodingFormat", .string("application/zip")),
            ]),
        ]
    }

    /// A `File` data entity for a payload file.
    /// An execution context's file is `SoftwareSourceCode` whose `author` is the requesting agent (0.5 Software
    /// Author Attribution; the draft's own context examples name the requester).
    static func fileEntity(
        _ path: String, size: Int64, parameter: String?, context: ExecutionContext? = nil, author: String? = nil
    ) -> JSONValue {
        let name = (path as NSString).lastPathComponent
        var members: [(String, JSONValue)] = [
            ("@id", .string(fileID(path))),
            ("@type", context == nil ? .string("File") : .list([.string("File"), .string("SoftwareSourceCode")])), ("name", .string(name)),
            (
                "description",
                .string(
                    context.map { "The \($0.type) to run, found in the crate folder by fivesafes init." }
                        ?? "The file \(path), found in the crate folder by fivesafes init.")
            ),
            ("encodingFormat", .string(MediaTypes.type(forFileName: path))), ("contentSize", .string(String(size))),
        ]
        if let parameter { members.append(("exampleOfWork", ref(parameter))) }
        if let language = context.flatMap(language(of:)) { members.append(("programmingLanguage", .string(language))) }
        if context != nil, let author { members.append(("author", ref(author))) }
        return .orderedObject(members)
    }

    /// The `@id` of a payload path: each segment percent-encoded (spaces, `#`, `?`, `:` and the like).
    static func fileID(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~!$&'()*+,;=@/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// A path given on the command line, relative to the crate folder (`./a.txt` → `a.txt`).
    static func relativePath(_ text: String) -> String {
        var path = text
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    /// A parameter name for an input file: its name without extension, other characters as `_`.
    static func parameterName(forPath path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let cleaned = String(base.map { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) ? $0 : "_" })
        return cleaned.isEmpty ? "input" : cleaned
    }

    /// WorkflowHub's RO-Crate download for a workflow IRI (`…/workflows/289?version=1` → `…/workflows/289/ro_crate?version=1`).
    static func workflowHubDownload(_ workflow: String) -> String? {
        guard var components = URLComponents(string: workflow), let host = components.host, host.hasSuffix("workflowhub.eu"),
            components.path.hasPrefix("/workflows/")
        else { return nil }
        let number = components.path.dropFirst("/workflows/".count).prefix { $0.isNumber }
        guard !number.isEmpty else { return nil }
        components.path = "/workflows/\(number)/ro_crate"
        return components.string
    }

    /// A readable workflow name from its IRI (`WorkflowHub workflow 289 version 1`).
    static func workflowName(_ workflow: String) -> String {
        guard let components = URLComponents(string: workflow), components.host?.hasSuffix("workflowhub.eu") == true else {
            return "Workflow \(workflow)"
        }
        let number = components.path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        let version = components.queryItems?.first { $0.name == "version" }?.value
        return "WorkflowHub workflow \(number)" + (version.map { " version \($0)" } ?? "")
    }

    /// `datePublished`: the given date or now, as RFC 3339 UTC.
    static func timestamp(_ date: Date?) -> String {
        let when = date ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: when)
    }
}

/// References to ids: one reference, or an array of them (a single value is never wrapped in an array).
func refs(_ ids: [String]) -> JSONValue {
    ids.count == 1 ? ref(ids[0]) : .list(ids.map(ref))
}

/// A `{"@id": …}` reference.
func ref(_ id: String) -> JSONValue {
    .orderedObject([("@id", .string(id))])
}

extension String {
    /// nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
