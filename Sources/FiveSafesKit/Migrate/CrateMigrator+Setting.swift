extension CrateMigrator {
    /// An option messages point the user to. The library names it by this value; a front end says how the user
    /// sets it (``CrateMigrator/settingName``: the CLI passes its flags), so no flag is spelled here.
    public enum Setting: String, Sendable, CaseIterable {
        case identifier, record
    }
}
