public import Foundation

extension CrateInitializer {
    /// Everything `init` can be told: from flags, an answers file or prompts. Empty strings count as missing.
    public struct Options: Sendable, Equatable {
        /// The crate's title (root `name`).
        public var name: String?
        /// The root `description` (default: a sentence naming the workflow and project).
        public var description: String?
        /// An SPDX identifier (`CC-BY-4.0`) or a licence URL.
        public var license: String?
        /// The workflow's IRI, e.g. `https://workflowhub.eu/workflows/289?version=1`.
        public var workflow: String?
        /// The workflow's name (default: from its IRI).
        public var workflowName: String?
        /// Where the Workflow RO-Crate can be downloaded (default for WorkflowHub: its `ro_crate` URL).
        public var workflowDownload: String?
        /// The requester's ORCID (`0000-0002-1825-0097` or the `https://orcid.org/…` IRI).
        public var agent: String?
        /// The requester's name.
        public var agentName: String?
        /// The project's identifier at the TRE (becomes a `PropertyValue`).
        public var project: String?
        /// The project's name.
        public var projectName: String?
        /// The TRE's short name, qualifying the project identifier (`_:localid:<tre>:<project>`).
        public var tre: String?
        /// The organisation's IRI (a ROR IRI, ideally).
        public var organization: String?
        /// The organisation's name.
        public var organizationName: String?
        /// The organisation's web site (default: its IRI).
        public var organizationURL: String?
        /// The funding grant's name.
        public var funding: String?
        /// The funding grant's IRI (default: a local `#grant-<uuid>`).
        public var grant: String?
        /// The run request's name (at least 10 characters; default from the workflow and project).
        public var runName: String?
        /// Parameter values, `NAME=VALUE`.
        public var inputs: [String] = []
        /// Input files (paths in the crate folder), `PATH` or `NAME=PATH`.
        public var inputFiles: [String] = []
        /// The Five Safes profile version: `0.4` (default), `0.5-DRAFT`, `0.5`, or `1.0` (a 1.0 Working Draft
        /// working record; `1.0-WD` is the same).
        public var profileVersion = "0.4"
        /// Five Safes 0.5's `executionType` (`workflow`, `script`, …); nil for the one a context flag implies
        /// (`--script` → script), else workflow. Only for `0.5`.
        public var executionType: String?
        /// 0.5 `script`: the script, a file in the crate folder.
        public var script: String?
        /// 0.5 `notebook`: the notebook, a file in the crate folder.
        public var notebook: String?
        /// 0.5 `query`: the query, a file in the crate folder.
        public var query: String?
        /// 0.5 `query`: the query's text, when it is not a file.
        public var queryText: String?
        /// 0.5 `container`: the image to run (`ghcr.io/tre/approved-env:v3.1`).
        public var container: String?
        /// 0.5 `hasCredential` of the requester: the names of their qualifications and access agreements.
        public var credentials: [String] = []
        /// 1.0: the activity record's identifier (`dct:isVersionOf`), an absolute IRI (default: a new UUID URN).
        public var record: String?
        /// Replace existing metadata (the old file is kept as `.bak`).
        public var force = false
        /// Refresh existing metadata: add files not yet described, keep everything else.
        public var update = false
        /// `datePublished` (default: now; the CLI passes `SOURCE_DATE_EPOCH` here).
        public var date: Date?

        /// Default options.
        public init() {}

        /// The values a request crate cannot do without, in the order prompts ask for them.
        public enum Field: String, Sendable, CaseIterable {
            case name, license, workflow, agent, agentName, project, projectName, organization, organizationName, input

            /// The question an interactive prompt asks.
            public var prompt: String {
                switch self {
                case .name: "Title of the request"
                case .license: "Licence (SPDX id such as CC-BY-4.0, or a URL)"
                case .workflow: "Workflow IRI (e.g. https://workflowhub.eu/workflows/289?version=1)"
                case .agent: "Your ORCID (e.g. 0000-0002-1825-0097)"
                case .agentName: "Your name"
                case .project: "Project identifier at the TRE (e.g. project81)"
                case .projectName: "Project name"
                case .organization: "Organisation IRI (ROR, e.g. https://ror.org/05gq02987)"
                case .organizationName: "Organisation name"
                case .input: "An input of the workflow: NAME=VALUE, or the path of a file in the folder"
                }
            }

            /// The option's key path (nil for the inputs, a list).
            var keyPath: WritableKeyPath<Options, String?>? {
                switch self {
                case .name: \.name
                case .license: \.license
                case .workflow: \.workflow
                case .agent: \.agent
                case .agentName: \.agentName
                case .project: \.project
                case .projectName: \.projectName
                case .organization: \.organization
                case .organizationName: \.organizationName
                case .input: nil
                }
            }
        }

        /// Required values that are not set, in prompt order: a 0.5 run of anything but a workflow needs no workflow
        /// (it still lists its inputs: 5S-RUN-07), a 1.0 working record needs no project, workflow or input.
        public var missing: [Field] {
            let workingRecord = CrateInitializer.isWorkingRecord(profileVersion)
            let workflowRun = !workingRecord && (profileVersion != "0.5" || resolvedExecutionType == "workflow")
            let optional: Set<Field> = workingRecord ? [.workflow, .project, .projectName, .input] : workflowRun ? [] : [.workflow]
            return Field.allCases.filter { field in
                guard !optional.contains(field) else { return false }
                guard let keyPath = field.keyPath else { return inputs.isEmpty && inputFiles.isEmpty }
                return self[keyPath: keyPath]?.trimmingCharacters(in: .whitespaces).isEmpty ?? true
            }
        }

        /// The execution type: the one given, else the one the context flag implies, else `workflow`.
        public var resolvedExecutionType: String {
            if let executionType { return executionType }
            if script != nil { return "script" }
            if notebook != nil { return "notebook" }
            if query != nil || queryText != nil { return "query" }
            if container != nil { return "container" }
            return "workflow"
        }

        /// Sets a required value (from a prompt); an input is `NAME=VALUE` or a file path.
        public mutating func set(_ field: Field, _ value: String) {
            guard let keyPath = field.keyPath else {
                if value.contains("="), !FileManager.default.fileExists(atPath: value) {
                    inputs.append(value)
                } else {
                    inputFiles.append(value)
                }
                return
            }
            self[keyPath: keyPath] = value
        }
    }
}
