extension CheckRegistry {
    /// The checks of this area, in catalogue order.
    static let dataEntityChecks: [any Check] = [
        DataEntitiesAreReachableFromRoot(),
        HasPartTargetsAreDataEntities(),
        LocalFilesExistInPayload(),
        LocalDatasetsAreDirectories(),
        FilesHaveDescriptiveProperties(),
        WebFilesHaveSizeAndAccessDate(),
        IdentifiersStayInsideCrateRoot(),
        IdentifiersAreValidURIReferences(),
        WebDatasetsListTheirContent(),
        PreviewFilesAreNotParts(),
        PreviewHasHTML5Doctype(),
        PreviewEmbedsMetadata(),
        PreviewShowsRootName(),
        ContentSizeMatchesPayload(),
        PayloadFilesAreDescribed(),
        PayloadHasNoSymbolicLinks(),
    ]
}
