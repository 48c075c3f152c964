extension CrateInitializer {
    /// A value `init` can be given, as messages about it name it. The library names a setting by this value; a front
    /// end says how the user sets it (``CrateInitializer/settingName``: the CLI passes its flags), so the library
    /// spells no flag.
    public enum Setting: String, Sendable, CaseIterable {
        case name, license, workflow, workflowDownload, agent, agentName, project, projectName, organization
        case organizationName, organizationURL, grant, profileVersion, input, inputFile
        case record, executionType, script, notebook, query, queryText, container, credential
    }
}

extension CrateInitializer.Options.Field {
    /// The setting that gives the field (an input is `input` or `inputFile`).
    public var setting: CrateInitializer.Setting {
        switch self {
        case .name: .name
        case .license: .license
        case .workflow: .workflow
        case .agent: .agent
        case .agentName: .agentName
        case .project: .project
        case .projectName: .projectName
        case .organization: .organization
        case .organizationName: .organizationName
        case .input: .input
        }
    }
}
