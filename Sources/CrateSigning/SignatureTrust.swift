public import Foundation
internal import X509

/// What a verifier trusts: X.509 roots (`--trust`), SSH keys (`--allowed-signers`), and the time at which
/// certificates must be valid (nil: now; fixed in tests so they never rot).
public struct SignatureTrust: Sendable {
    /// Trusted root (or intermediate) certificates for CMS signatures.
    public var roots: [CertificateBundle]
    /// Allowed SSH signers.
    public var allowedSigners: AllowedSigners?
    /// The validation time; nil for the current time.
    public var validationTime: Date?
    /// How messages name the setting that gives the roots (default `trust`); the CLI passes its flag (`--trust`).
    public var rootsSetting = "trust"

    /// Creates a trust configuration.
    public init(roots: [CertificateBundle] = [], allowedSigners: AllowedSigners? = nil, validationTime: Date? = nil) {
        self.roots = roots
        self.allowedSigners = allowedSigners
        self.validationTime = validationTime
    }

    /// True when nothing is trusted, so signatures can only be checked for integrity.
    public var isEmpty: Bool { roots.isEmpty && allowedSigners == nil }

    var rootCertificates: [Certificate] { roots.flatMap(\.certificates) }
}
