/// The verdict on one signature in a bag, for people and JSON.
public struct SignerReport: Sendable, Equatable {
    /// The signature file, relative to the bag.
    public var file: String
    /// `cms`, `ssh`, or nil when unrecognised.
    public var format: String?
    /// Certificate subject, or SSH key type.
    public var signer: String
    /// Certificate SHA-256 (hex) or SSH key fingerprint (`SHA256:…`).
    public var fingerprint: String?
    /// allowed_signers principals (SSH).
    public var principals: [String]
    /// The verdict.
    public var status: Status
    /// Why it failed, when it did.
    public var reason: String?

    /// True when the signature matches and its signer is trusted.
    public var isValid: Bool { status == .valid }

    /// The verdict on a signature; the raw values are the JSON report's spellings.
    public enum Status: String, Sendable, CaseIterable {
        /// It matches the tag manifest and its signer is trusted.
        case valid
        /// It matches, but no trust source of its kind was given.
        case unchecked
        /// It does not match the tag manifest (the bag or the signature changed after signing).
        case mismatch
        /// It matches, but its signer is not trusted.
        case untrusted
        /// Its certificate was rejected (the reason says why).
        case certificateRejected = "certificate-rejected"
        /// It cannot be read as a signature.
        case malformed
    }
}

/// What `sign --verify` found: every signer, and every way the bag's contents differ from its manifests.
public struct SignatureReport: Sendable {
    /// The bag folder or ZIP.
    public var path: String
    /// One entry per signature file, in name order.
    public var signers: [SignerReport] = []
    /// Bag problems (`file: message`), from re-hashing the manifests and the payload.
    public var bagProblems: [String] = []
    /// Files whose checksums no longer match a manifest (payload files, `manifest-sha512.txt`, tag files).
    public var changedFiles: [String] = []

    /// Whether every signature must be checked (`--require-signature`), so an unchecked one fails.
    public var requiresEveryCheck = false

    /// Valid when the bag is intact, at least one signature is valid, and every other one is valid or unchecked
    /// (no trust source of its kind was given: `--trust` alone leaves SSH signatures unchecked, not failed);
    /// with ``requiresEveryCheck`` every signature must be valid.
    public var isValid: Bool {
        guard bagProblems.isEmpty, signers.contains(where: \.isValid) else { return false }
        return signers.allSatisfy { $0.isValid || (!requiresEveryCheck && $0.status == .unchecked) }
    }
}
