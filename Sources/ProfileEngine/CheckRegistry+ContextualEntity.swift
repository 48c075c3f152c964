extension CheckRegistry {
    /// The checks of this area, in catalogue order.
    static let contextualEntityChecks: [any Check] = [
        ContextualEntitiesAreLinked(),
        LocalIdentifiersStartWithHash(),
        AffiliationsAndPublishersAreOrganizations(),
        LicenseEntitiesAreDescribed(),
        SubjectsKeywordsAndCitationsUseSchemaTerms(),
        SoftwareEntitiesHaveNameURLAndVersion(),
        CurationActionsAreDescribed(),
        DetachedDataEntitiesAreWebBased(),
        DetachedRootIDIsAbsolute(),
        DetachedMetadataFileNameHasPrefix(),
    ]
}
