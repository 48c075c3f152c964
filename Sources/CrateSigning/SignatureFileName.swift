/// Where signatures live in a bag and how their files are named.
///
/// `signatures/<n>-<format>-<fingerprint>.<ext>`: `n` counts signers in order (1, 2, …), `format` is `cms` or
/// `ssh`, `fingerprint` is the first 16 hex digits of the SHA-256 of the signer's certificate (DER) or SSH
/// public key blob, and `ext` is `p7s` (CMS, DER) or `sig` (armored SSHSIG). Every file in `signatures/` is a
/// detached signature over `tagmanifest-sha512.txt`; none is listed in a manifest (they sign the tag manifest,
/// so it cannot list them).
public enum SignatureFileName {
    /// The tag folder holding signatures.
    public static let folder = "signatures"
    /// The signed file.
    public static let signedFile = "tagmanifest-sha512.txt"

    /// `signatures/3-ssh-0123456789abcdef.sig`.
    public static func make(index: Int, format: SignatureCheck.Format, fingerprint: String) -> String {
        "\(folder)/\(index)-\(format.rawValue)-\(fingerprint.prefix(16)).\(fileExtension(format))"
    }

    /// The format a signature file's name announces, from its extension.
    public static func format(of path: String) -> SignatureCheck.Format? {
        if path.hasSuffix(".p7s") { return .cms }
        if path.hasSuffix(".sig") { return .ssh }
        return nil
    }

    /// Whether a bag-relative path is in the signatures folder.
    public static func isSignature(_ path: String) -> Bool {
        path.hasPrefix(folder + "/") && path.count > folder.count + 1
    }

    /// `p7s` or `sig`.
    public static func fileExtension(_ format: SignatureCheck.Format) -> String {
        format == .cms ? "p7s" : "sig"
    }
}
