extension RecordSnapshotter {
    /// An option messages point the user to. The library names it by this value; a front end says how the user
    /// sets it (``RecordSnapshotter/settingName``: the CLI passes its flags), so no flag is spelled here.
    public enum Setting: String, Sendable, CaseIterable {
        case previous, version, identifier
    }
}
