extension CheckRegistry {
    /// The checks of this area, in catalogue order.
    static let fiveSafesChecks: [any Check] = [
        IDsStayInsideCrateRoot(),
        SoftwareHasAuthor(),
        ContextIncludesROCrate12(),
        DescriptorConformsToROCrate12(),
        MainEntityConformsToWorkflowROCrate(),
        MainEntityHasDownloadDistribution(),
        MainEntityDistributionIsZipDownload(),
        ExecutionContextIsDescribed(),
        ExecutionContextMatchesExecutionType(),
        WorkflowContextHasPermalink(),
        RootMentionsCreateAction(),
        RunInstrumentIsMainEntity(),
        RunObjectsAreDescribedEntities(),
        AgentIsMemberOfResponsibleProject(),
        ProjectLocalIdentifiersArePropertyValues(),
        AgentAffiliationIsProjectMember(),
        RunInputsReferenceFormalParameters(),
        RunResultsAreDescribedEntities(),
        RunResultsHaveOutputTypes(),
        LocalResultsAreInOutputsFolder(),
        DigitalDocumentResultsHavePermission(),
    ]
}
