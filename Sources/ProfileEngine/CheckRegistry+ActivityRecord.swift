extension CheckRegistry {
    /// The checks of the Five Safes 1.0 Working Draft's activity record, in catalogue order.
    static let activityRecordChecks: [any Check] = [
        RepresentationStateIsConsistent(),
        SnapshotHasNoDateModified(),
        ProcessesAreNeverPotential(),
        ContextIsArrayForm(),
        EntityIdentifiersAreAbsolute(),
        RootMentionsEveryProcess(),
        ProcessesHaveShape(),
        ProcessAgentsArePeopleOrOrganizations(),
        ProcessStatusIsAReference(),
        ProcessEndTimeMatchesStatus(),
        AssessmentsDoNotDecide(),
        DecisionsHaveSubjects(),
        PlanSubmissionsAreCompleteRequests(),
        DispatchesNameAssetsAndRecipient(),
        ReceiptsNameAssetsAndSender(),
        TransferredSnapshotsWerePublished(),
        ReceiptsDoNotPrecedeDispatch(),
    ]
}
