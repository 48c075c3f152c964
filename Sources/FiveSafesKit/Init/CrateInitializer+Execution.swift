internal import Foundation
internal import JSONLD

extension CrateInitializer {
    /// Five Safes 0.5's `executionType` values (0.5, Execution Type Classification).
    public static let executionTypes = ["workflow", "script", "notebook", "query", "interactive", "container", "custom"]

    /// The 0.5 execution context of a request: the root's `mainEntity` and the run's `instrument`.
    ///
    /// A workflow's context is the workflow itself, named by its permalink (as `migrate --to 0.5` keeps it: 0.5's
    /// Workflow Execution Context asks for a permalink `@id`). A script, notebook or query file of the crate folder
    /// is its own context: its data entity also gets the type the draft asks for (`SoftwareSourceCode`), so the
    /// file is described once. Query text, an interactive session, a container and a custom run get a local
    /// `#execution-context` entity as the draft's examples show. The draft is silent on `interactive` (its
    /// notebook section is used: `SoftwareSourceCode` and `CreativeWork`) and on a container's image (its example's
    /// `containerImage` is in no published context, so the image given with `--container` becomes the entity's
    /// `url` and `version`).
    struct ExecutionContext {
        /// The execution type.
        let type: String
        /// The context's `@id`: the workflow IRI, the file's id or `#execution-context`.
        let id: String
        /// The payload file that is the context, if any.
        let file: String?
    }

    /// The local context entity's `@id` (the draft's own).
    static let executionContextID = "#execution-context"

    /// The execution context the options ask for, with every problem appended to `problems`; nil for 0.4, 0.5-DRAFT
    /// and 1.0 (which refuse the 0.5 flags) or when something is wrong.
    func executionContext(workflow: String?, payload: Set<String>, links: Set<String>, problems: inout [String]) -> ExecutionContext? {
        let named = settingName
        let files = [(Setting.script, options.script), (.notebook, options.notebook), (.query, options.query)]
            .compactMap { setting, value in value.map { (setting, $0) } }
        let given =
            files.map { named($0.0) } + (options.queryText == nil ? [] : [named(.queryText)])
            + (options.container == nil ? [] : [named(.container)])
            + (options.executionType == nil ? [] : [named(.executionType)])
            + (options.credentials.isEmpty ? [] : [named(.credential)])
        guard Self.profileLabel(options.profileVersion) == "0.5" else {
            if !given.isEmpty {
                problems.append("\(given.joined(separator: ", ")) need \(named(.profileVersion)) 0.5 (Five Safes 0.5 execution contexts)")
            }
            return nil
        }
        let type = options.resolvedExecutionType
        guard Self.executionTypes.contains(type) else {
            problems.append("\(named(.executionType)) \(type) is not one of \(Self.executionTypes.joined(separator: ", "))")
            return nil
        }
        let wanted: [String: Setting] = ["script": .script, "notebook": .notebook, "query": .query]
        for (setting, _) in files where wanted[type] != setting {
            problems.append("\(named(setting)) does not go with \(named(.executionType)) \(type)")
        }
        if options.queryText != nil, type != "query" {
            problems.append("\(named(.queryText)) does not go with \(named(.executionType)) \(type)")
        }
        if options.container != nil, type != "container" {
            problems.append("\(named(.container)) does not go with \(named(.executionType)) \(type)")
        }
        if type == "container", options.container?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            problems.append(
                "\(named(.executionType)) container needs \(named(.container)) IMAGE (the image to run, e.g. ghcr.io/tre/approved-env:v3.1)"
            )
        }
        if options.query != nil, options.queryText != nil {
            problems.append("give \(named(.query)) FILE or \(named(.queryText)) SQL, not both")
        }
        if let credential = options.credentials.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            problems.append("\(named(.credential)) \"\(credential)\" is empty: give the qualification's or agreement's name")
        }
        if type != "workflow", options.workflow != nil {
            problems.append("\(named(.workflow)) does not go with \(named(.executionType)) \(type)")
        }
        switch type {
        case "workflow":
            return workflow.map { ExecutionContext(type: type, id: $0, file: nil) }
        case "script", "notebook", "query":
            guard let given = files.first(where: { $0.0 == wanted[type] }) else {
                if type == "query", options.queryText?.isEmpty == false {
                    return ExecutionContext(type: type, id: Self.executionContextID, file: nil)
                }
                problems.append(
                    "\(named(.executionType)) \(type) needs \(wanted[type].map(named) ?? "")"
                        + (type == "query" ? " FILE or \(named(.queryText)) SQL" : " FILE"))
                return nil
            }
            let path = Self.relativePath(given.1)
            guard payload.contains(path) else {
                problems.append(
                    links.contains(path)
                        ? "\(wanted[type].map(named) ?? "") \(path) is a symbolic link, which fivesafes never follows; copy the file into the crate folder"
                        : "\(wanted[type].map(named) ?? "") \(path) is not a file in the crate folder")
                return nil
            }
            return ExecutionContext(type: type, id: Self.fileID(path), file: path)
        default:
            return ExecutionContext(type: type, id: Self.executionContextID, file: nil)
        }
    }

    /// The local context entity a non-workflow context without a file adds (query text, interactive, container,
    /// custom); nil for the others. Software (`SoftwareSourceCode`, `SoftwareApplication`) names `author`, the
    /// requesting agent, as the draft's Software Author Attribution asks and its context examples show; for a
    /// container image someone else built, edit `author` to name its maker.
    func executionEntity(_ context: ExecutionContext, projectName: String, description: String, author: String) -> JSONValue? {
        guard context.type != "workflow", context.file == nil else { return nil }
        let types: [String] =
            switch context.type {
            case "query": ["SoftwareSourceCode"]
            case "interactive": ["SoftwareSourceCode", "CreativeWork"]
            case "container": ["SoftwareApplication"]
            default: ["CreativeWork"]
            }
        var members: [(String, JSONValue)] = [
            ("@id", .string(context.id)), ("@type", types.count == 1 ? .string(types[0]) : .list(types.map(JSONValue.string))),
            ("name", .string(Self.contextName(context.type, projectName: projectName))),
        ]
        if let language = Self.language(of: context) { members.append(("programmingLanguage", .string(language))) }
        if context.type == "query", let text = options.queryText { members.append(("text", .string(text))) }
        if context.type == "custom" { members.append(("description", .string(description))) }
        if context.type == "container", let image = options.container.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let (url, version) = Self.containerImage(image)
            members += [("description", .string("The container image \(image).")), ("url", .string(url)), ("version", .string(version))]
        }
        if types.contains(where: { $0.hasPrefix("Software") }) { members.append(("author", ref(author))) }
        return .orderedObject(members)
    }

    /// A container image reference's registry page and tag (or digest): `ghcr.io/tre/env:v3.1` →
    /// (`https://ghcr.io/tre/env`, `v3.1`); a Docker Hub name → its hub.docker.com page; no tag → `latest`. RC-CE-06
    /// asks a `SoftwareApplication` for a url and a version; the draft's `containerImage` is in no context.
    static func containerImage(_ image: String) -> (url: String, version: String) {
        var repository = image
        var version = "latest"
        if let at = image.firstIndex(of: "@") {
            (repository, version) = (String(image[..<at]), String(image[image.index(after: at)...]))
        } else if let colon = image.lastIndex(of: ":"), !image[colon...].contains("/") {
            (repository, version) = (String(image[..<colon]), String(image[image.index(after: colon)...]))
        }
        let first = repository.split(separator: "/").first.map(String.init) ?? repository
        if repository.contains("/"), first.contains(".") || first.contains(":") || first == "localhost" {
            return ("https://" + repository, version)
        }
        return (repository.contains("/") ? "https://hub.docker.com/r/\(repository)" : "https://hub.docker.com/_/\(repository)", version)
    }

    /// The requester's credentials (0.5 `hasCredential`): `EducationalOccupationalCredential` entities by name.
    func credentialEntities() -> [(id: String, entity: JSONValue)] {
        var seen: Set<String> = []
        return options.credentials.compactMap { name in
            let name = name.trimmingCharacters(in: .whitespaces)
            let slug = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
            let id = "#credential-" + slug
            guard !name.isEmpty, seen.insert(id).inserted else { return nil }
            return (
                id,
                .orderedObject([("@id", .string(id)), ("@type", .string("EducationalOccupationalCredential")), ("name", .string(name))])
            )
        }
    }

    /// The language a context is written in, as text (schema.org allows it; a `ComputerLanguage` entity would need a
    /// url and a version, RC-CE-06, that `init` cannot know): SQL for a query (the draft's example is
    /// `{"@id": "#sql"}`), else by the file's extension for the languages TREs commonly run; nil when unknown (a
    /// notebook's language is in its kernel).
    static func language(of context: ExecutionContext) -> String? {
        if context.type == "query" { return "SQL" }
        guard let file = context.file else { return nil }
        switch (file as NSString).pathExtension.lowercased() {
        case "r", "rmd": return "R"
        case "py": return "Python"
        case "jl": return "Julia"
        case "sql": return "SQL"
        default: return nil
        }
    }

    /// A local context's name.
    static func contextName(_ type: String, projectName: String) -> String {
        let what =
            switch type {
            case "query": "Database query"
            case "interactive": "Interactive analysis session"
            case "container": "Pre-built container environment"
            default: "Custom execution (described by the request's description)"
            }
        return projectName.isEmpty ? what : "\(what) for \(projectName)"
    }

    /// The version label `init` writes: `1.0-WD` is `1.0` (the IRI is `https://w3id.org/5s-crate/1.0`).
    static func profileLabel(_ version: String) -> String {
        version == "1.0-WD" ? "1.0" : version
    }

    /// Whether the options ask for a 1.0 working record.
    static func isWorkingRecord(_ version: String) -> Bool {
        profileLabel(version) == "1.0"
    }
}
