extension SignatureOptions {
    /// An option signature findings point the user to. The library names it by this value; a front end says how
    /// the user sets it (``SignatureOptions/settingName``: the CLI passes its flags), so no flag is spelled here.
    public enum Setting: String, Sendable, CaseIterable {
        case trust, allowedSigners, requireSignature
    }

    /// Equal when they trust and require the same; how settings are named does not change what is checked.
    public static func == (lhs: SignatureOptions, rhs: SignatureOptions) -> Bool {
        lhs.trustFiles == rhs.trustFiles && lhs.allowedSignersFile == rhs.allowedSignersFile
            && lhs.requireSignature == rhs.requireSignature && lhs.validationTime == rhs.validationTime
    }
}
