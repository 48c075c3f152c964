import ArgumentParser
import FiveSafesKit

/// The values `init` writes into a request crate.
struct InitOptions: ParsableArguments {
    @Option(help: "Title of the request (root name).") var name: String?
    @Option(help: "What the request is for (default: a sentence naming workflow and project).") var description: String?
    @Option(help: "Licence: an SPDX id (CC-BY-4.0) or a URL.") var license: String?
    @Option(help: "The workflow's IRI, e.g. https://workflowhub.eu/workflows/289?version=1.") var workflow: String?
    @Option(name: .customLong("workflow-name"), help: "The workflow's name.") var workflowName: String?
    @Option(name: .customLong("workflow-download"), help: "Where its Workflow RO-Crate ZIP is (default for WorkflowHub: its ro_crate URL).")
    var workflowDownload: String?
    @Option(help: ArgumentHelp("Your ORCID iD (0000-0002-1825-0097 or https://orcid.org/…).", valueName: "ORCID")) var agent: String?
    @Option(name: .customLong("agent-name"), help: "Your name.") var agentName: String?
    @Option(help: ArgumentHelp("The project's identifier at the TRE.", valueName: "ID")) var project: String?
    @Option(name: .customLong("project-name"), help: "The project's name.") var projectName: String?
    @Option(help: "The TRE's short name, qualifying --project (default: tre).") var tre: String?
    @Option(help: ArgumentHelp("Your organisation's IRI (ROR, e.g. https://ror.org/05gq02987).", valueName: "ID")) var organization: String?
    @Option(name: .customLong("organization-name"), help: "Your organisation's name.") var organizationName: String?
    @Option(name: .customLong("organization-url"), help: "Your organisation's web site (default: its IRI).") var organizationURL: String?
    @Option(help: "The funding grant's name.") var funding: String?
    @Option(help: ArgumentHelp("The funding grant's IRI.", valueName: "IRI")) var grant: String?
    @Option(name: .customLong("run-name"), help: "The run request's name (at least 10 characters).") var runName: String?
    @Option(help: ArgumentHelp("A parameter value for the workflow (repeatable).", valueName: "NAME=VALUE")) var input: [String] = []
    @Option(
        name: .customLong("input-file"),
        help: ArgumentHelp("A file of the folder the workflow reads (repeatable).", valueName: "[NAME=]PATH")
    )
    var inputFile: [String] = []
    @Option(
        name: .customLong("profile-version"),
        help: "Five Safes profile version: 0.4 (default), 0.5-DRAFT, 0.5, or 1.0 (a 1.0 Working Draft working record).")
    var profileVersion = "0.4"
    @Option(
        name: .customLong("execution-type"),
        help: ArgumentHelp(
            "0.5: workflow (default), script, notebook, query, interactive, container or custom; --script, --notebook, --query and --container imply theirs.",
            valueName: "TYPE"))
    var executionType: String?
    @Option(help: ArgumentHelp("0.5: the script to run, a file of the folder (its execution context).", valueName: "PATH")) var script:
        String?
    @Option(help: ArgumentHelp("0.5: the notebook to run, a file of the folder (its execution context).", valueName: "PATH"))
    var notebook: String?
    @Option(help: ArgumentHelp("0.5: the query to run, a file of the folder (its execution context).", valueName: "PATH")) var query:
        String?
    @Option(name: .customLong("query-text"), help: ArgumentHelp("0.5: the query to run, as text instead of a file.", valueName: "SQL"))
    var queryText: String?
    @Option(help: ArgumentHelp("0.5: the container image to run (implies --execution-type container).", valueName: "IMAGE"))
    var container: String?
    @Option(help: ArgumentHelp("0.5: a qualification or access agreement you hold (hasCredential; repeatable).", valueName: "NAME"))
    var credential: [String] = []
    @Option(help: ArgumentHelp("1.0: the activity record's IRI (dct:isVersionOf; default: a new UUID URN).", valueName: "IRI"))
    var record: String?
    @Option(help: ArgumentHelp("Read values from a JSON or YAML answers file (keys are the flag names).", valueName: "FILE")) var from:
        String?
    @Flag(help: "Replace existing metadata (the old files are kept as .bak); with --update: update a signed bag's crate anyway.")
    var force = false
    @Flag(help: "Add files not yet described and refresh the contentSize of changed ones; keep everything else.") var update = false

    /// The flag of a setting, as the library's messages name it.
    @Sendable static func flag(_ setting: CrateInitializer.Setting) -> String {
        switch setting {
        case .name: "--name"
        case .license: "--license"
        case .workflow: "--workflow"
        case .workflowDownload: "--workflow-download"
        case .agent: "--agent"
        case .agentName: "--agent-name"
        case .project: "--project"
        case .projectName: "--project-name"
        case .organization: "--organization"
        case .organizationName: "--organization-name"
        case .organizationURL: "--organization-url"
        case .grant: "--grant"
        case .profileVersion: "--profile-version"
        case .input: "--input"
        case .inputFile: "--input-file"
        case .record: "--record"
        case .executionType: "--execution-type"
        case .script: "--script"
        case .notebook: "--notebook"
        case .query: "--query"
        case .queryText: "--query-text"
        case .container: "--container"
        case .credential: "--credential"
        }
    }

    /// The library options: flags first, then the answers file for whatever the flags left unset.
    func initializerOptions() throws(FiveSafesError) -> CrateInitializer.Options {
        var options = CrateInitializer.Options()
        (options.name, options.description, options.license, options.workflow) = (name, description, license, workflow)
        (options.workflowName, options.workflowDownload, options.agent, options.agentName) = (
            workflowName, workflowDownload, agent, agentName
        )
        (options.project, options.projectName, options.tre, options.organization) = (project, projectName, tre, organization)
        (options.organizationName, options.organizationURL, options.funding, options.grant) = (
            organizationName, organizationURL, funding, grant
        )
        (options.runName, options.inputs, options.inputFiles) = (runName, input, inputFile)
        (options.profileVersion, options.force, options.update) = (profileVersion, force, update)
        (options.executionType, options.script, options.notebook, options.query) = (executionType, script, notebook, query)
        (options.queryText, options.credentials, options.record, options.container) = (queryText, credential, record, container)
        if let from { try options.merge(answersFile: from) }
        if profileVersion != "0.4" { options.profileVersion = profileVersion }
        return options
    }
}
