extension ProvenanceRequest {
    /// A value of a request that messages point the user to. The library names it by this value; a front end says
    /// how the user sets it (``ProvenanceRecorder/settingName``: the CLI passes its flags), so no flag is spelled here.
    public enum Setting: String, Sendable, CaseIterable {
        case agent, tre, result, start, end, toolURL, status, newAction
        case object, recipient, sender, informedBy
    }
}
