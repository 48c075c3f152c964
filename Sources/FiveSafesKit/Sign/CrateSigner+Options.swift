public import Foundation

/// The key `sign` signs with, as files on disk.
public enum SigningKeySource: Sendable, Equatable {
    /// An X.509 identity: PEM private key, PEM certificate, PEM intermediates to embed.
    case cms(key: String, certificate: String, chain: [String])
    /// An OpenSSH private key file (ed25519 or ECDSA P-256), unencrypted or passphrase-protected.
    case ssh(key: String)
    /// A key held by ssh-agent at `socket`: the one whose public key is in `publicKey` (a `.pub` file, or a private
    /// key file whose public half is read without its passphrase), or the agent's only usable key when nil.
    case sshAgent(socket: String, publicKey: String?)
}

/// What signature verification trusts, as files on disk; shared by `sign --verify` and `validate`.
public struct SignatureOptions: Sendable, Equatable {
    /// PEM files of trusted root (or intermediate) certificates (`--trust`, repeatable).
    public var trustFiles: [String] = []
    /// An OpenSSH allowed_signers file (`--allowed-signers`).
    public var allowedSignersFile: String?
    /// Make an unsigned bag a finding (`validate --require-signature`).
    public var requireSignature = false
    /// The time certificates and allowed_signers validity are checked at; nil for now (fixed in tests).
    public var validationTime: Date?
    /// How findings name an option (default: its name, e.g. `allowedSigners`); the CLI gives its flags.
    public var settingName: @Sendable (Setting) -> String = { $0.rawValue }

    /// No trust, no requirement.
    public init() {}

    /// True when trust was configured.
    public var hasTrust: Bool { !trustFiles.isEmpty || allowedSignersFile != nil }
}

/// What `sign` wrote.
public struct SignResult: Sendable {
    /// The bag folder or ZIP signed.
    public var path: String
    /// The signature file, relative to the bag (`signatures/1-cms-….p7s`).
    public var signatureFile: String
    /// Who signed.
    public var signer: String
    /// The signature file replaced (with `--force`), if any.
    public var replaced: String?
}
