/// What verifying one signature file found: who signed, and the verdict.
public struct SignatureCheck: Sendable, Equatable {
    /// The signature formats.
    public enum Format: String, Sendable, CaseIterable {
        /// CMS / PKCS#7 SignedData, detached, DER (`.p7s`).
        case cms
        /// OpenSSH SSHSIG, armored (`.sig`).
        case ssh
    }

    /// The signature file, relative to the bag.
    public var file: String
    /// Its format, when recognised.
    public var format: Format?
    /// Who signed: the certificate subject, or the SSH key type and fingerprint; "unknown" when unreadable.
    public var signer: String
    /// SHA-256 fingerprint of the signer's certificate (hex) or key (`SHA256:…`).
    public var fingerprint: String?
    /// The principals allowed_signers lists for the key (SSH).
    public var principals: [String] = []
    /// The verdict.
    public var status: SignatureStatus

    /// Creates a check.
    public init(
        file: String, format: Format?, signer: String, fingerprint: String? = nil, principals: [String] = [], status: SignatureStatus
    ) {
        self.file = file
        self.format = format
        self.signer = signer
        self.fingerprint = fingerprint
        self.principals = principals
        self.status = status
    }

    /// True when the signature matches and its signer is trusted.
    public var isValid: Bool { status == .valid }
}
