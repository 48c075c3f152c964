extension CheckRegistry {
    /// The checks of this area, in catalogue order.
    static let metadataChecks: [any Check] = [
        ContextReferencesROCrate(),
        GraphIsFlattened(),
        KeysAreContextTerms(),
        EntitiesHaveID(),
        EntitiesHaveType(),
        EntityIDsAreUnique(),
        KeysAreUnique(),
        ReferencesUseIDObjects(),
        SingleValuesAreUnpacked(),
        DescriptorIsCreativeWork(),
        DescriptorIsAboutRoot(),
        DescriptorConformsToROCrate(),
        RootIDIsAllowed(),
        RootIDIsDotSlash(),
        RootPropertyValueIdentifierHasValue(),
        RootProfilesAreDescribed(),
        RootOmitsGenericROCrateProfile(),
    ]
}
