/// The verdict on one signature.
public enum SignatureStatus: Sendable, Equatable {
    /// The signature matches the tag manifest and its signer is trusted (`--trust` chain or allowed_signers).
    case valid
    /// The signature matches, but no trust source of its kind was given (`--trust` for CMS, `--allowed-signers`
    /// for SSH), so whether its signer is trusted was not decided.
    case unchecked
    /// The signature does not match the tag manifest: the manifest or the signature changed.
    case mismatch(String)
    /// The signature matches, but its signer is not trusted (no chain to a root, key not allowed, namespace).
    case untrusted(String)
    /// The signer's certificate chains to a root but is not valid for signing (expired, wrong purpose).
    case certificateRejected(String)
    /// The signature file cannot be read as a signature at all.
    case malformed(String)

    /// The reason, for failures.
    public var reason: String? {
        switch self {
        case .valid, .unchecked: nil
        case .mismatch(let reason), .untrusted(let reason), .certificateRejected(let reason), .malformed(let reason): reason
        }
    }
}
